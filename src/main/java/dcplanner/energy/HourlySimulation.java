package dcplanner.energy;

import dcplanner.climate.SiteClimate;
import dcplanner.climate.WeatherYear;

/**
 * The hourly energy balance of a facility over a weather year (MODEL.md section 4, after Lei and
 * Masanet 2020 and 2022): per hour the IT power, the power chain's losses (Schneider WP113 form),
 * the heat to remove, the cooling plant's response, and the water it uses.
 */
public final class HourlySimulation {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private HourlySimulation() {
    }

    /**
     * Simulates every hour of {@code climate} and sizes the transformers for the peak facility
     * power of the same design at full IT load (a second, full-load run).
     */
    public static EnergyResult run(SiteClimate climate, FacilityDesign design, boolean keepHourly) {
        double ratingKw = transformerRatingKw(climate, design);
        return EnergyResult.finish(simulate(climate, design, keepHourly), design.electrical(), ratingKw);
    }

    /** Installed transformer rating: the full-load peak before transformers, times the redundancy. */
    public static double transformerRatingKw(SiteClimate climate, FacilityDesign design) {
        return transformerRatingKw(simulate(climate, design.atFixedUtilisation(1.0), false), design);
    }

    private static double transformerRatingKw(RawSimulation fullLoad, FacilityDesign design) {
        return fullLoad.peakFacilityKw * design.electrical().installedCapacityFactor();
    }

    /** Simulates with a given transformer rating (kW). */
    public static EnergyResult run(SiteClimate climate, FacilityDesign design, boolean keepHourly,
            double transformerRatingKw) {
        return EnergyResult.finish(simulate(climate, design, keepHourly), design.electrical(), transformerRatingKw);
    }

    /**
     * The same design at another utilisation (the daily profile kept), with transformers of a given
     * rating: for the years of a ramp-up.
     */
    public static EnergyResult runAtUtilisation(SiteClimate climate, FacilityDesign design, double utilisation,
            boolean keepHourly, double transformerRatingKw) {
        return run(climate, design.atUtilisation(utilisation), keepHourly, transformerRatingKw);
    }

    /**
     * Results at the design's own utilisation and at fixed IT loads (PUE at 25/50/75/100% load, the
     * loads policy limits are set at), all with the same installed transformers, sized for the
     * full-load peak.
     *
     * @param loadPercents IT loads, in percent of capacity, to simulate besides the scenario itself
     */
    public static LoadPointRun runWithLoadPoints(SiteClimate climate, FacilityDesign design, boolean keepHourly,
            int... loadPercents) {
        LoadPoints points = loadPoints(climate, design, loadPercents);
        EnergyResult scenario = EnergyResult.finish(simulate(climate, design, keepHourly), design.electrical(),
                points.transformerRatingKw());
        return new LoadPointRun(scenario, points.atLoadPercent());
    }

    /**
     * The installed transformer rating (sized for the full-load peak) and the results at fixed IT
     * loads: everything of {@link #runWithLoadPoints} that does not depend on the design's own
     * utilisation or daily profile, so that scenarios differing only there can share it.
     */
    public static LoadPoints loadPoints(SiteClimate climate, FacilityDesign design, int... loadPercents) {
        RawSimulation fullLoad = simulate(climate, design.atFixedUtilisation(1.0), false);
        double ratingKw = transformerRatingKw(fullLoad, design);
        java.util.SortedMap<Integer, EnergyResult> atLoad = new java.util.TreeMap<>();
        for (int percent : loadPercents) {
            RawSimulation raw = percent == 100 ? fullLoad
                    : simulate(climate, design.atFixedUtilisation(percent / 100.0), false);
            atLoad.put(percent, EnergyResult.finish(raw, design.electrical(), ratingKw));
        }
        return new LoadPoints(ratingKw, java.util.Collections.unmodifiableSortedMap(atLoad));
    }

    /** The transformer rating (kW) and the results at fixed IT loads (key: percent of capacity). */
    public record LoadPoints(double transformerRatingKw, java.util.SortedMap<Integer, EnergyResult> atLoadPercent) {
    }

    /** The scenario's result and the results at fixed IT loads (key: percent of capacity). */
    public record LoadPointRun(EnergyResult scenario, java.util.SortedMap<Integer, EnergyResult> atLoadPercent) {
    }

    /** One pass over the weather year, before transformer losses (they need the rating). */
    static RawSimulation simulate(SiteClimate climate, FacilityDesign design, boolean keepHourly) {
        WeatherYear weather = climate.weather();
        int n = weather.hours();
        ItLoad it = design.it();
        ElectricalDesign electrical = design.electrical();
        CoolingPlant plant = CoolingPlant.of(design.cooling());
        double capacityKw = it.itCapacityKw();
        double upsRatingKw = capacityKw * electrical.installedCapacityFactor();
        LossCoefficients ups = electrical.ups();
        double upsNoLoadKw = ups.noLoad() * upsRatingKw;
        double upsSquarePerKw = upsRatingKw > 0 ? ups.squareLaw() / upsRatingKw : 0;
        double distributionFactor = electrical.distributionLossFraction() / (1 - electrical.distributionLossFraction());
        double lightingKw = electrical.lightingFraction() * capacityKw;
        double miscKw = electrical.miscLoadFraction() * capacityKw;
        double airShare = plant.airCooledShare();

        // IT power and power-chain losses depend only on the hour of the day unless server fans follow an
        // inlet temperature that changes hour by hour: then they are worked out once for the 24 hours
        boolean fixedByHourOfDay = it.serverFanSpeedupPerK() == 0 || plant.hasFixedInlet();
        double[] itByHour = new double[24];
        double[] liquidByHour = new double[24];
        double[] distributionByHour = new double[24];
        double[] upsByHour = new double[24];
        if (fixedByHourOfDay) {
            for (int h = 0; h < 24; h++) {
                double u = it.utilisationAt(h + 1);
                itByHour[h] = it.itPowerKw(u, airShare, plant.inletAirC(climate, 0));
                liquidByHour[h] = it.liquidHeatKw(u, airShare);
                distributionByHour[h] = itByHour[h] * distributionFactor;
                double upsLoadKw = itByHour[h] + distributionByHour[h];
                upsByHour[h] = upsNoLoadKw + (ups.proportional() + upsSquarePerKw * upsLoadKw) * upsLoadKw;
            }
        }

        RawSimulation raw = new RawSimulation(n, keepHourly);
        HourFlows flows = new HourFlows();
        InletEnvelope envelope = new InletEnvelope();
        for (int i = 0; i < n; i++) {
            int month = weather.month(i) - 1;
            int hourOfDay = weather.hourOfDay(i) - 1;
            double itKw;
            double liquidKw;
            double distributionKw;
            double upsKw;
            if (fixedByHourOfDay) {
                itKw = itByHour[hourOfDay];
                liquidKw = liquidByHour[hourOfDay];
                distributionKw = distributionByHour[hourOfDay];
                upsKw = upsByHour[hourOfDay];
            } else {
                double u = it.utilisationAt(hourOfDay + 1);
                itKw = it.itPowerKw(u, airShare, plant.inletAirC(climate, i));
                liquidKw = it.liquidHeatKw(u, airShare);
                distributionKw = itKw * distributionFactor;
                double upsLoadKw = itKw + distributionKw;
                // Schneider WP113: no-load + proportional + square-law losses of the installed UPS
                upsKw = upsNoLoadKw + (ups.proportional() + upsSquarePerKw * upsLoadKw) * upsLoadKw;
            }
            // power-chain losses and lighting heat the white space (Lei and Masanet's Q_DC)
            double airHeatKw = itKw - liquidKw + upsKw + distributionKw + lightingKw;

            flows.clear();
            plant.cool(climate, i, airHeatKw, liquidKw, flows);

            double facilityKw = itKw + upsKw + distributionKw + lightingKw + miscKw + flows.coolingKw();
            CoolingMode mode = flows.mode();
            boolean outside = !envelope.isRecommended(flows.inletAirC, flows.inletVapourPa);
            accumulate(raw, month, flows, itKw, upsKw, distributionKw, facilityKw, mode, outside);
            if (facilityKw > raw.peakFacilityKwByMonth[month]) {
                raw.peakFacilityKwByMonth[month] = facilityKw;
            }
            if (facilityKw > raw.peakFacilityKw) {
                raw.peakFacilityKw = facilityKw;
                raw.peakHour = i;
            }
            if (raw.hourly != null) {
                double waterLitres = (flows.evaporationKgPerS + flows.driftKgPerS + flows.blowdownKgPerS
                        + flows.adiabaticKgPerS + flows.humidifierKgPerS) * SECONDS_PER_HOUR;
                raw.hourly.record(i, flows, itKw, upsKw, distributionKw, lightingKw, miscKw, waterLitres, mode);
            }
        }
        // loads that are the same every hour, and kg/s-hours to litres, once at the end
        for (int m = 0; m < 12; m++) {
            raw.energyKwh[m][EnergyComponent.LIGHTING.ordinal()] = lightingKw * raw.hoursInPeriod[m];
            raw.energyKwh[m][EnergyComponent.MISC.ordinal()] = miscKw * raw.hoursInPeriod[m];
            for (int w = 0; w < raw.waterLitres[m].length; w++) {
                raw.waterLitres[m][w] *= SECONDS_PER_HOUR;
            }
        }
        raw.sumMonthsIntoYear();
        return raw;
    }

    /** Adds one hour to month {@code period}; water in kg/s for the hour (litres / 3600). */
    private static void accumulate(RawSimulation raw, int period, HourFlows flows, double itKw, double upsKw,
            double distributionKw, double facilityKw, CoolingMode mode, boolean outside) {
        double[] e = raw.energyKwh[period];
        e[EnergyComponent.IT.ordinal()] += itKw;
        e[EnergyComponent.UPS_LOSS.ordinal()] += upsKw;
        e[EnergyComponent.DISTRIBUTION_LOSS.ordinal()] += distributionKw;
        e[EnergyComponent.AIR_HANDLER_FANS.ordinal()] += flows.airHandlerFansKw;
        e[EnergyComponent.COMPRESSORS.ordinal()] += flows.compressorsKw;
        e[EnergyComponent.CHILLED_WATER_PUMPS.ordinal()] += flows.chilledWaterPumpsKw;
        e[EnergyComponent.CONDENSER_PUMPS.ordinal()] += flows.condenserPumpsKw;
        e[EnergyComponent.HEAT_REJECTION_FANS.ordinal()] += flows.heatRejectionFansKw;
        e[EnergyComponent.LIQUID_COOLING_PUMPS.ordinal()] += flows.liquidPumpsKw;
        e[EnergyComponent.HUMIDIFICATION.ordinal()] += flows.humidificationKw;
        double[] w = raw.waterLitres[period];
        w[WaterComponent.EVAPORATION.ordinal()] += flows.evaporationKgPerS;
        w[WaterComponent.DRIFT.ordinal()] += flows.driftKgPerS;
        w[WaterComponent.BLOWDOWN.ordinal()] += flows.blowdownKgPerS;
        w[WaterComponent.ADIABATIC.ordinal()] += flows.adiabaticKgPerS;
        w[WaterComponent.HUMIDIFIER.ordinal()] += flows.humidifierKgPerS;
        raw.heatRejectedKwh[period] += flows.heatRejectedKw;
        raw.modeHours[period][mode.ordinal()]++;
        raw.hoursInPeriod[period]++;
        if (outside) {
            raw.hoursOutsideRecommended[period]++;
        }
        raw.sumFacilityKw[period] += facilityKw;
        raw.sumFacilitySquaredKw2[period] += facilityKw * facilityKw;
    }
}
