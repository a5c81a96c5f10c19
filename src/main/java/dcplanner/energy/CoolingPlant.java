package dcplanner.energy;

import dcplanner.climate.SiteClimate;

/** One cooling technology, hour by hour. Implementations are immutable and allocation-free per hour. */
interface CoolingPlant {

    /** Temperature of the air entering the IT equipment in hour {@code i}, C. */
    double inletAirC(SiteClimate climate, int i);

    /** True when the IT inlet temperature is the same every hour. */
    default boolean hasFixedInlet() {
        return true;
    }

    /** Share of the servers' heat that leaves them in air (1 for air cooling). */
    double airCooledShare();

    /**
     * Removes {@code airHeatKw} from the white-space air and {@code liquidHeatKw} from the liquid
     * loop in hour {@code i}, writing power, water and heat to {@code out}.
     */
    void cool(SiteClimate climate, int i, double airHeatKw, double liquidHeatKw, HourFlows out);

    /** Builds the plant of a design. */
    static CoolingPlant of(CoolingDesign design) {
        return switch (design.technology()) {
            case AIR_COOLED_CHILLER -> new ChilledWaterPlant(design, ChilledWaterPlant.Sink.AIR, false);
            case WATER_COOLED_CHILLER -> new ChilledWaterPlant(design, ChilledWaterPlant.Sink.TOWER, false);
            case WATER_COOLED_CHILLER_WSE -> new ChilledWaterPlant(design, ChilledWaterPlant.Sink.TOWER, true);
            case SEAWATER -> new ChilledWaterPlant(design, ChilledWaterPlant.Sink.SEA, true);
            case AIRSIDE_ECONOMISER_ADIABATIC -> new AirsideEconomiserPlant(design);
            case DX_CRAC -> new DxCracPlant(design);
            case DIRECT_LIQUID_COOLING, IMMERSION -> new LiquidCooledPlant(design);
        };
    }
}
