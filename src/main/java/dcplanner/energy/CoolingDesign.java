package dcplanner.energy;

/**
 * Everything that defines the cooling plant. Parameters a technology does not use are ignored by it.
 */
public record CoolingDesign(CoolingTechnology technology, AirSide air, ChilledWater chilledWater, Chiller chiller,
        Tower tower, LiquidLoop liquid, Seawater sea) {

    /**
     * The air path through the white space.
     *
     * @param supplyAirC       supply (IT inlet) air temperature set-point, C; for the air-side economiser
     *                         the highest supply temperature allowed
     * @param supplyAirMinC    lowest supply temperature of the air-side economiser, C
     * @param airDtK           air temperature rise across the IT equipment, K
     * @param fanPressurePa    CRAH/CRAC fan pressure rise, Pa
     * @param fanEfficiency    CRAH/CRAC fan total efficiency
     * @param sensibleHeatRatio sensible over total cooling-coil load of recirculating units
     * @param supplyDewPointMaxC, supplyDewPointMinC, supplyRhMax, supplyRhMin humidity limits of the
     *                         supply air (air-side economiser)
     * @param adiabaticEffectiveness saturation effectiveness of the evaporative pad
     * @param humidifierPumpPressurePa, humidifierPumpEfficiency high-pressure atomising pump
     */
    public record AirSide(double supplyAirC, double supplyAirMinC, double airDtK, double fanPressurePa,
            double fanEfficiency, double sensibleHeatRatio, double supplyDewPointMaxC, double supplyDewPointMinC,
            double supplyRhMax, double supplyRhMin, double adiabaticEffectiveness, double humidifierPumpPressurePa,
            double humidifierPumpEfficiency) {
    }

    /**
     * The chilled (facility) water between the coils and the chillers or economiser.
     *
     * @param dtK                  chilled-water temperature rise, K
     * @param coilEffectiveness    cooling-coil effectiveness (T_return_air - T_supply_air) /
     *                             (T_return_air - T_water_in)
     * @param heatExchangerApproachK economiser plate heat exchanger approach, K
     */
    public record ChilledWater(double dtK, double coilEffectiveness, double pumpPressurePa, double pumpEfficiency,
            double economiserPumpPressurePa, double economiserPumpEfficiency, double heatExchangerApproachK) {
    }

    /**
     * @param partLoad       part-load ratio the staged chillers run at
     * @param copAdjustment  relative deviation of COP from the base curve (pCOP of Lei and Masanet)
     */
    public record Chiller(double partLoad, double copAdjustment) {
    }

    /**
     * Cooling towers and condenser water.
     *
     * @param approachK          tower approach to the outdoor wet bulb, K
     * @param rangeK             condenser-water temperature range through the tower, K
     * @param liquidToGasRatio   water over air mass flow through the tower
     * @param cyclesOfConcentration dissolved solids in the basin over those in the make-up
     * @param driftFraction      drift as a fraction of the circulating water
     */
    public record Tower(double approachK, double rangeK, double fanPressurePa, double fanEfficiency,
            double liquidToGasRatio, double pumpPressurePa, double pumpEfficiency, double cyclesOfConcentration,
            double driftFraction) {
    }

    /** Where the heat of a liquid cooling loop goes. */
    public enum HeatRejection { COOLING_TOWER, DRY_COOLER }

    /**
     * The warm-water loop of direct-to-chip or immersion cooling.
     *
     * @param share            share of IT heat captured by the liquid (immersion: 1)
     * @param supplyC          facility water supply temperature to the cooling distribution units, C
     * @param dtK              loop temperature rise, K
     * @param dryCoolerApproachK leaving water above the outdoor dry bulb, K
     * @param dryCoolerAirDtK  air temperature rise through the dry cooler, K
     */
    public record LiquidLoop(double share, double supplyC, double dtK, double pumpPressurePa, double pumpEfficiency,
            HeatRejection heatRejection, double dryCoolerApproachK, double dryCoolerAirDtK,
            double dryCoolerFanPressurePa, double dryCoolerFanEfficiency) {
    }

    /** Sea water for condensers and the economiser heat exchanger. */
    public record Seawater(double temperatureC, double dtK, double pumpHeadM, double pumpEfficiency) {
    }
}
