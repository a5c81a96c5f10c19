package dcplanner.energy;

import dcplanner.climate.Psychrometrics;

/** Small physical relations shared by the plant models (kW, kg/s, K, Pa). */
public final class Physics {

    /** Specific heat of liquid water near 20-30 C, kJ/(kg K) (IAPWS-95 tables: 4.18). */
    public static final double WATER_CP_KJ_PER_KG_K = 4.18;
    /** Density of water used to turn mass flow into volume flow for pump power, kg/m3. */
    public static final double WATER_DENSITY_KG_PER_M3 = 1000.0;
    /** Standard gravity, m/s2, for pump heads given in metres. */
    public static final double GRAVITY_M_PER_S2 = 9.80665;

    private Physics() {
    }

    /** Humid specific heat, kJ per kg dry air per K (ASHRAE 2017 ch.1: 1.006 + 1.86 W). */
    public static double moistAirCp(double humidityRatio) {
        return Psychrometrics.DRY_AIR_CP_KJ_PER_KG_K + Psychrometrics.VAPOUR_CP_KJ_PER_KG_K * humidityRatio;
    }

    /** Dry-air mass flow, kg/s, that carries {@code heatKw} with a temperature rise {@code dtK}. */
    public static double airMassFlowKgPerS(double heatKw, double dtK, double humidityRatio) {
        return heatKw / (moistAirCp(humidityRatio) * dtK);
    }

    /**
     * Fan shaft-to-wire power, kW: volume flow times pressure rise over total efficiency
     * (Lei and Masanet 2020; ASHRAE Fundamentals ch.21 fan laws). Volume from the dry-air mass
     * flow and the moist-air specific volume per kg dry air (ASHRAE 2017 ch.1 eq.26).
     */
    public static double fanPowerKw(double dryAirKgPerS, double specificVolumeM3PerKg, double pressurePa,
            double efficiency) {
        return dryAirKgPerS * specificVolumeM3PerKg * fanKwPerM3PerS(pressurePa, efficiency);
    }

    /** Fan power per unit of volume flow, kW per m3/s: pressure rise over efficiency. */
    public static double fanKwPerM3PerS(double pressurePa, double efficiency) {
        return pressurePa / efficiency / 1000.0;
    }

    /** Water mass flow, kg/s, that carries {@code heatKw} with a temperature difference {@code dtK}. */
    public static double waterMassFlowKgPerS(double heatKw, double dtK) {
        return heatKw / (WATER_CP_KJ_PER_KG_K * dtK);
    }

    /** Pump power, kW: volume flow times pressure rise over efficiency. */
    public static double pumpPowerKw(double waterKgPerS, double pressurePa, double efficiency) {
        return waterKgPerS * pumpKwPerKgPerS(pressurePa, efficiency);
    }

    /** Pump power per unit of water mass flow, kW per kg/s. */
    public static double pumpKwPerKgPerS(double pressurePa, double efficiency) {
        return pressurePa / efficiency / WATER_DENSITY_KG_PER_M3 / 1000.0;
    }

    /** Pump power per unit of heat carried by a water loop with temperature change {@code dtK}, kW/kW. */
    public static double pumpKwPerKwOfHeat(double dtK, double pressurePa, double efficiency) {
        return pumpKwPerKgPerS(pressurePa, efficiency) * waterMassFlowKgPerS(1.0, dtK);
    }

    /** Latent heat of evaporation, kJ/kg, at {@code tC} (MODEL.md section 4 fit). */
    public static double latentHeatKjPerKg(double tC) {
        return Psychrometrics.latentHeatJPerKg(tC) / 1000.0;
    }
}
