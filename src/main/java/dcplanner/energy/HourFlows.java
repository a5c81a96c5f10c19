package dcplanner.energy;

/**
 * Scratch for one simulated hour: the plant writes the power of its parts, the water it uses and
 * the heat it rejects. One instance is reused for every hour, so the hourly loop allocates nothing.
 */
final class HourFlows {
    double airHandlerFansKw;
    double compressorsKw;
    double chilledWaterPumpsKw;
    double condenserPumpsKw;
    double heatRejectionFansKw;
    double liquidPumpsKw;
    double humidificationKw;

    /** Heat the cooling towers must reject this hour, kW (towers are sized once per hour from it). */
    double towerHeatKw;
    /** Heat leaving the site by any route (towers, condensers, dry coolers, sea, exhaust air), kW. */
    double heatRejectedKw;
    /** Heat removed without compressors (economiser, free cooling), kW. */
    double economiserHeatKw;

    double evaporationKgPerS;
    double driftKgPerS;
    double blowdownKgPerS;
    double adiabaticKgPerS;
    double humidifierKgPerS;

    /** State of the air entering the IT equipment. */
    double inletAirC;
    /** Temperature rise of the supply air through the air-handler fans, K (fan power / (m cp)). */
    double airHandlerFanRiseK;
    /** Partial pressure of water vapour in the inlet air, Pa. */
    double inletVapourPa;

    void clear() {
        airHandlerFansKw = 0;
        compressorsKw = 0;
        chilledWaterPumpsKw = 0;
        condenserPumpsKw = 0;
        heatRejectionFansKw = 0;
        liquidPumpsKw = 0;
        humidificationKw = 0;
        towerHeatKw = 0;
        heatRejectedKw = 0;
        economiserHeatKw = 0;
        evaporationKgPerS = 0;
        driftKgPerS = 0;
        blowdownKgPerS = 0;
        adiabaticKgPerS = 0;
        humidifierKgPerS = 0;
        inletAirC = 0;
        airHandlerFanRiseK = 0;
        inletVapourPa = 0;
    }

    double coolingKw() {
        return airHandlerFansKw + compressorsKw + chilledWaterPumpsKw + condenserPumpsKw + heatRejectionFansKw
                + liquidPumpsKw + humidificationKw;
    }

    CoolingMode mode() {
        if (compressorsKw <= 0) {
            return CoolingMode.FULL_ECONOMISER;
        }
        return economiserHeatKw > 0 ? CoolingMode.PARTIAL_ECONOMISER : CoolingMode.MECHANICAL;
    }
}
