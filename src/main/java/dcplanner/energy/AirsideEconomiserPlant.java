package dcplanner.energy;

import dcplanner.climate.Psychrometrics;
import dcplanner.climate.SiteClimate;

/**
 * Direct air-side economiser with adiabatic (evaporative) assist and a water-cooled chiller with
 * cooling towers for the rest (after Lei and Masanet, Energy 201 (2020) 117556, extended with a
 * partial mode and explicit humidity limits).
 *
 * <p>The supply temperature follows the outdoor air between the lowest and highest supply
 * temperatures (Lei and Masanet: T_sa = T_oa clamped before the mode is chosen). Each hour, in
 * this order:
 * <ol>
 * <li>outdoor air no warmer than the highest supply temperature is supplied directly (mixed with
 *   return air up to the lowest supply temperature), humidified if drier than the lower limits;</li>
 * <li>warmer outdoor air is cooled along constant enthalpy by the evaporative pad to the highest
 *   supply temperature, if the pad (saturation effectiveness) can get it there;</li>
 * <li>either is used only if the supplied air keeps within the upper dew point and relative
 *   humidity limits: that is full economiser;</li>
 * <li>otherwise the chiller cools either 100% outdoor air, dried to the limits (partial
 *   economiser), or recirculated air (mechanical), whichever needs less cooling.</li>
 * </ol>
 * Humidity limits are compared as water-vapour partial pressures, which order the same way as
 * humidity ratios at a given station pressure.
 */
final class AirsideEconomiserPlant implements CoolingPlant {

    private final CoolingDesign.AirSide air;
    private final ChilledWaterPlant mechanical;
    private final double maxDewPointVapourPa;
    private final double minDewPointVapourPa;
    private final double maxSupplySaturationPa;
    private final double minSupplySaturationPa;
    private final double inverseDtK;
    private final double fanKwPerM3PerS;
    private final double humidifierPumpKwPerKgPerS;
    private final double inverseLatentAtMaxSupply;

    AirsideEconomiserPlant(CoolingDesign design) {
        this.air = design.air();
        this.mechanical = new ChilledWaterPlant(design, ChilledWaterPlant.Sink.TOWER, false);
        this.maxDewPointVapourPa = Psychrometrics.saturationPressurePa(air.supplyDewPointMaxC());
        this.minDewPointVapourPa = Psychrometrics.saturationPressurePa(air.supplyDewPointMinC());
        this.maxSupplySaturationPa = Psychrometrics.saturationPressurePa(air.supplyAirC());
        this.minSupplySaturationPa = Psychrometrics.saturationPressurePa(air.supplyAirMinC());
        this.inverseDtK = 1.0 / air.airDtK();
        this.fanKwPerM3PerS = Physics.fanKwPerM3PerS(air.fanPressurePa(), air.fanEfficiency());
        this.humidifierPumpKwPerKgPerS = Physics.pumpKwPerKgPerS(air.humidifierPumpPressurePa(),
                air.humidifierPumpEfficiency());
        // ASHRAE 2017 ch.1 eq.32 solved for W at the highest supply temperature
        this.inverseLatentAtMaxSupply = 1.0 / (Psychrometrics.LATENT_HEAT_0C_KJ_PER_KG
                + Psychrometrics.VAPOUR_CP_KJ_PER_KG_K * air.supplyAirC());
    }

    @Override
    public double inletAirC(SiteClimate climate, int i) {
        return Math.max(air.supplyAirMinC(), Math.min(climate.dryBulbC(i), air.supplyAirC()));
    }

    @Override
    public boolean hasFixedInlet() {
        return air.supplyAirMinC() == air.supplyAirC();
    }

    @Override
    public double airCooledShare() {
        return 1.0;
    }

    @Override
    public void cool(SiteClimate climate, int i, double airHeatKw, double liquidHeatKw, HourFlows out) {
        double p = climate.stationPressurePa(i);
        double outdoorC = climate.dryBulbC(i);
        double outdoorW = climate.humidityRatio(i);
        double outdoorPa = climate.vapourPressurePa(i);
        double outdoorH = climate.enthalpyJPerKg(i) / 1000.0;
        double maxSupplyC = air.supplyAirC();
        double supplyC = inletAirC(climate, i);
        double saturationPa = supplyC == maxSupplyC ? maxSupplySaturationPa
                : supplyC == air.supplyAirMinC() ? minSupplySaturationPa : climate.saturationPressurePa(i);
        double maxPa = Math.min(maxDewPointVapourPa, air.supplyRhMax() * saturationPa);

        // 1-3: full economiser, directly or through the evaporative pad
        double supplyW = outdoorW;
        double supplyPa = outdoorPa;
        boolean evaporative = outdoorC > maxSupplyC;
        if (evaporative) {
            double reachableC = outdoorC - air.adiabaticEffectiveness() * (outdoorC - climate.wetBulbC(i));
            if (reachableC <= maxSupplyC) {
                supplyW = (outdoorH - Psychrometrics.DRY_AIR_CP_KJ_PER_KG_K * maxSupplyC) * inverseLatentAtMaxSupply;
                supplyPa = Psychrometrics.vapourPressureFromHumidityRatio(supplyW, p);
            } else {
                supplyPa = Double.POSITIVE_INFINITY;
            }
        }
        if (supplyPa <= maxPa) {
            double minPa = Math.max(minDewPointVapourPa, air.supplyRhMin() * saturationPa);
            double conditionedPa = Math.max(supplyPa, minPa);
            double conditionedW = conditionedPa == supplyPa ? supplyW
                    : Psychrometrics.humidityRatioFromVapourPressure(conditionedPa, p);
            double massFlow = airHeatKw * inverseDtK / Physics.moistAirCp(conditionedW);
            double specificVolume = supplyC == outdoorC && conditionedW == outdoorW ? climate.specificVolumeM3PerKg(i)
                    : Psychrometrics.specificVolumeM3PerKg(supplyC, conditionedW, p);
            out.airHandlerFansKw += massFlow * specificVolume * fanKwPerM3PerS;
            double waterKgPerS = massFlow * (conditionedW - outdoorW);
            if (evaporative) {
                out.adiabaticKgPerS += massFlow * (supplyW - outdoorW);
                out.humidifierKgPerS += massFlow * (conditionedW - supplyW);
            } else {
                out.humidifierKgPerS += waterKgPerS;
            }
            out.humidificationKw += waterKgPerS * humidifierPumpKwPerKgPerS;
            out.economiserHeatKw += airHeatKw;
            out.heatRejectedKw += airHeatKw; // carried away by the exhaust air
            out.inletAirC = supplyC;
            out.inletVapourPa = conditionedPa;
            return;
        }

        // 4: the chiller runs (its water temperatures are those of the design supply temperature);
        // mechanical (recirculation) first
        double mechanicalCoilKw = mechanical.airHandlers().cool(p, airHeatKw, supplyC, out);
        // partial: 100% outdoor air dried and cooled by the coil to the supply state, when that is less work;
        // the fan after the coil heats the air by fan power / (m cp)
        // with W = 0.621945 a / (p - a) for vapour pressure a, m (h_oa - h_leaving) takes one division:
        // m = heat / (cp dT), cp (p - a) = 1.006 (p - a) + 1.86 * 0.621945 a, ASHRAE 2017 ch.1 eq.20, 32
        double partialPa = Math.min(outdoorPa, maxPa);
        double leavingC = supplyC - out.airHandlerFanRiseK;
        double dryPa = p - partialPa;
        double partialCoilKw = airHeatKw * inverseDtK
                * (outdoorH * dryPa - Psychrometrics.DRY_AIR_CP_KJ_PER_KG_K * leavingC * dryPa
                        - Psychrometrics.MOLAR_MASS_RATIO * partialPa
                                * (Psychrometrics.LATENT_HEAT_0C_KJ_PER_KG + Psychrometrics.VAPOUR_CP_KJ_PER_KG_K * leavingC))
                / (Psychrometrics.DRY_AIR_CP_KJ_PER_KG_K * dryPa + PlantParts.VAPOUR_CP_EXCESS * partialPa
                        + Psychrometrics.DRY_AIR_CP_KJ_PER_KG_K * partialPa);
        if (partialCoilKw > 0 && partialCoilKw < mechanicalCoilKw) {
            // the recirculating humidifier is not needed: outdoor air brings its own moisture
            out.humidificationKw = 0;
            out.humidifierKgPerS = 0;
            out.economiserHeatKw += mechanicalCoilKw - partialCoilKw;
            out.heatRejectedKw += mechanicalCoilKw - partialCoilKw;
            out.inletVapourPa = partialPa;
            mechanical.chilledWater(climate, i, partialCoilKw, out);
        } else {
            mechanical.chilledWater(climate, i, mechanicalCoilKw, out);
        }
        mechanical.towers().reject(climate, i, out);
    }
}
