package dcplanner.energy;

/**
 * Everything that defines the cooling plant. Parameters a technology does not use are ignored by it.
 */
public record CoolingDesign(CoolingTechnology technology, AirSide air, ChilledWater chilledWater, Chiller chiller,
        Tower tower, LiquidLoop liquid, Seawater sea, PartLoad partLoad) {

    /** A design whose fans, pumps and chillers follow the load linearly (Lei and Masanet's model). */
    public CoolingDesign(CoolingTechnology technology, AirSide air, ChilledWater chilledWater, Chiller chiller,
            Tower tower, LiquidLoop liquid, Seawater sea) {
        this(technology, air, chilledWater, chiller, tower, liquid, sea, PartLoad.PROPORTIONAL);
    }

    /**
     * How the installed plant behaves below its design load.
     *
     * @param designItKw      IT capacity the plant is sized for, kW; 0 = no design point: fans and pumps
     *                        follow the load in proportion (Lei and Masanet)
     * @param fanMinSpeed     lowest speed of air-handler, tower and dry-cooler fans as a share of design
     *                        flow (1 = constant speed); variable-speed fans follow the ASHRAE 90.1 Appendix G
     *                        part-load curve above it
     * @param pumpMinFlow     lowest flow of chilled, condenser and loop water pumps as a share of design
     *                        (1 = constant flow); pumps at constant head draw power in proportion to flow
     * @param dutyChillers    chillers that together carry the design load (the n of N+1)
     * @param installedChillers chillers installed, duty plus standby; standby units run only when the
     *                        duty units are full
     */
    public record PartLoad(double designItKw, double fanMinSpeed, double pumpMinFlow, int dutyChillers,
            int installedChillers) {

        /** Fans and pumps in proportion to the load, chillers at the design's fixed part-load ratio. */
        public static final PartLoad PROPORTIONAL = new PartLoad(0, 0, 0, 1, 1);

        /** True when there is a design point to scale from. */
        public boolean hasDesignPoint() {
            return designItKw > 0;
        }
    }

    /**
     * The air path through the white space.
     *
     * @param supplyAirC       supply (IT inlet) air temperature set-point, C; for the air-side economiser
     *                         the highest supply temperature allowed
     * @param supplyAirMinC    lowest supply temperature of the air-side economiser, C
     * @param airDtK           air temperature rise seen by the cooling units, K: the rise across the IT
     *                         equipment times (1 - the share of their air that bypasses it)
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
        /**
         * Builds the air side field by field:
         * every field is set by name, and {@link #build()} fails naming any left unset, so that two
         * values of the same type cannot be swapped by their position.
         */
        public static final class Builder {
            private Double supplyAirC;
            private Double supplyAirMinC;
            private Double airDtK;
            private Double fanPressurePa;
            private Double fanEfficiency;
            private Double sensibleHeatRatio;
            private Double supplyDewPointMaxC;
            private Double supplyDewPointMinC;
            private Double supplyRhMax;
            private Double supplyRhMin;
            private Double adiabaticEffectiveness;
            private Double humidifierPumpPressurePa;
            private Double humidifierPumpEfficiency;

            public Builder supplyAirC(double value) {
                supplyAirC = value;
                return this;
            }

            public Builder supplyAirMinC(double value) {
                supplyAirMinC = value;
                return this;
            }

            public Builder airDtK(double value) {
                airDtK = value;
                return this;
            }

            public Builder fanPressurePa(double value) {
                fanPressurePa = value;
                return this;
            }

            public Builder fanEfficiency(double value) {
                fanEfficiency = value;
                return this;
            }

            public Builder sensibleHeatRatio(double value) {
                sensibleHeatRatio = value;
                return this;
            }

            public Builder supplyDewPointMaxC(double value) {
                supplyDewPointMaxC = value;
                return this;
            }

            public Builder supplyDewPointMinC(double value) {
                supplyDewPointMinC = value;
                return this;
            }

            public Builder supplyRhMax(double value) {
                supplyRhMax = value;
                return this;
            }

            public Builder supplyRhMin(double value) {
                supplyRhMin = value;
                return this;
            }

            public Builder adiabaticEffectiveness(double value) {
                adiabaticEffectiveness = value;
                return this;
            }

            public Builder humidifierPumpPressurePa(double value) {
                humidifierPumpPressurePa = value;
                return this;
            }

            public Builder humidifierPumpEfficiency(double value) {
                humidifierPumpEfficiency = value;
                return this;
            }

            /** The record; throws if a field was not set. */
            public AirSide build() {
                java.util.List<String> unset = new java.util.ArrayList<>();
                noteUnset(unset, supplyAirC, "supplyAirC");
                noteUnset(unset, supplyAirMinC, "supplyAirMinC");
                noteUnset(unset, airDtK, "airDtK");
                noteUnset(unset, fanPressurePa, "fanPressurePa");
                noteUnset(unset, fanEfficiency, "fanEfficiency");
                noteUnset(unset, sensibleHeatRatio, "sensibleHeatRatio");
                noteUnset(unset, supplyDewPointMaxC, "supplyDewPointMaxC");
                noteUnset(unset, supplyDewPointMinC, "supplyDewPointMinC");
                noteUnset(unset, supplyRhMax, "supplyRhMax");
                noteUnset(unset, supplyRhMin, "supplyRhMin");
                noteUnset(unset, adiabaticEffectiveness, "adiabaticEffectiveness");
                noteUnset(unset, humidifierPumpPressurePa, "humidifierPumpPressurePa");
                noteUnset(unset, humidifierPumpEfficiency, "humidifierPumpEfficiency");
                if (!unset.isEmpty()) {
                    throw new IllegalStateException("AirSide: not set: " + String.join(", ", unset));
                }
                return new AirSide(supplyAirC, supplyAirMinC, airDtK, fanPressurePa, fanEfficiency,
                        sensibleHeatRatio, supplyDewPointMaxC, supplyDewPointMinC, supplyRhMax, supplyRhMin,
                        adiabaticEffectiveness, humidifierPumpPressurePa, humidifierPumpEfficiency);
            }

            private static void noteUnset(java.util.List<String> unset, Object value, String name) {
                if (value == null) {
                    unset.add(name);
                }
            }
        }
    }

    /**
     * The chilled (facility) water between the coils and the chillers or economiser.
     *
     * @param dtK                  chilled-water temperature rise, K
     * @param coilEffectiveness    cooling-coil effectiveness (T_return_air - T_supply_air) /
     *                             (T_return_air - T_water_in)
     * @param heatExchangerApproachK economiser plate heat exchanger approach, K
     * @param supplyMaxC           the plant's chilled-water supply set-point, C: the supply is the coil's
     *                             warmest possible water or this, whichever is colder
     */
    public record ChilledWater(double dtK, double coilEffectiveness, double pumpPressurePa, double pumpEfficiency,
            double economiserPumpPressurePa, double economiserPumpEfficiency, double heatExchangerApproachK,
            double supplyMaxC) {

        /** Chilled water as warm as the coil allows (Lei and Masanet). */
        public ChilledWater(double dtK, double coilEffectiveness, double pumpPressurePa, double pumpEfficiency,
                double economiserPumpPressurePa, double economiserPumpEfficiency, double heatExchangerApproachK) {
            this(dtK, coilEffectiveness, pumpPressurePa, pumpEfficiency, economiserPumpPressurePa,
                    economiserPumpEfficiency, heatExchangerApproachK, Double.POSITIVE_INFINITY);
        }
    }

    /**
     * @param partLoad       part-load ratio the chillers run at; NaN: staged on the load (see {@link PartLoad})
     * @param copAdjustment  relative deviation of COP from the base curve (pCOP of Lei and Masanet)
     * @param ratedCop       COP at the AHRI 550/590 full-load rating (water-cooled 29.44 C condenser water,
     *                       air-cooled 35 C outdoor air, 6.67 C chilled water; DX: gross rated COP); the base
     *                       curve is scaled to it; NaN keeps the base curve as published
     * @param warmWaterCredit share (0..1) of the Carnot gain from chilled water or DX return air warmer than
     *                       the rating point that is credited, bounded by the highest leaving water and a
     *                       minimum lift ({@link ChillerModels#warmWaterFactor})
     * @param minPartLoad    lowest part-load ratio of a running chiller; below it the machine false-loads
     *                       (hot-gas bypass) and draws the power of this load
     */
    public record Chiller(double partLoad, double copAdjustment, double ratedCop, double warmWaterCredit,
            double minPartLoad) {

        /** A chiller at a fixed part load on its base curve, with the full (bounded) warm-water credit. */
        public Chiller(double partLoad, double copAdjustment) {
            this(partLoad, copAdjustment, Double.NaN, 1.0, 0.0);
        }

        /** True when the running chillers follow the load instead of a fixed part-load ratio. */
        public boolean staged() {
            return Double.isNaN(partLoad);
        }

        /** Factor on the base curve: (1 + adjustment), times rated over the curve's own rated COP if rated. */
        public double copScale(double baseCurveRatedCop) {
            double scale = 1 + copAdjustment;
            return Double.isNaN(ratedCop) ? scale : scale * ratedCop / baseCurveRatedCop;
        }
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
