package dcplanner.energy;

import dcplanner.climate.Psychrometrics;
import dcplanner.climate.SiteClimate;

/** Pieces shared by several plants: air handlers and cooling towers. */
final class PlantParts {

    /**
     * Dew point at which recirculating systems hold the white-space air: the upper dew point of
     * the ASHRAE TC 9.9 recommended envelope (Thermal Guidelines, 4th ed. 2015, Table 2.1), or
     * saturation if the supply air is colder.
     */
    static final double ROOM_DEW_POINT_C = 15.0;
    private static final double ROOM_VAPOUR_PRESSURE_PA = Psychrometrics.saturationPressurePa(ROOM_DEW_POINT_C);
    /** 1.86 * 0.621945 - 1.006: how water vapour changes cp per unit of its partial pressure share. */
    static final double VAPOUR_CP_EXCESS = Psychrometrics.VAPOUR_CP_KJ_PER_KG_K * Psychrometrics.MOLAR_MASS_RATIO
            - Psychrometrics.DRY_AIR_CP_KJ_PER_KG_K;

    /**
     * Heat a chilled-water plant is designed to remove, over the IT capacity it serves: IT plus
     * power-chain losses, lighting and fan heat, about 10 % (engineering assumption, from the losses
     * this model computes at full load).
     */
    static final double DESIGN_HEAT_PER_IT_KW = 1.1;
    /** Heat rejected at design over the coil load: the compressor work at a design COP of 5 (assumption). */
    static final double DESIGN_REJECTION_PER_COIL_KW = 1.2;

    private PlantParts() {
    }

    /**
     * Power of variable-speed fans as a share of design power at {@code flowShare} of design flow,
     * held at {@code minSpeed} below it: the ASHRAE 90.1 Appendix G part-load curve for variable-speed
     * fans (Table G3.1.3.15, method 2: 0.0013 + 0.1470 x + 0.9506 x^2 - 0.0998 x^3), normalised to 1 at
     * design flow. A constant-speed fan ({@code minSpeed} 1) draws design power at any lower flow.
     */
    static double fanPowerShare(double flowShare, double minSpeed) {
        double x = Math.max(flowShare, minSpeed);
        return (0.0013 + x * (0.1470 + x * (0.9506 - 0.0998 * x))) * INVERSE_FAN_CURVE_AT_DESIGN;
    }

    private static final double INVERSE_FAN_CURVE_AT_DESIGN = 1.0 / (0.0013 + 0.1470 + 0.9506 - 0.0998);

    /** Flow share of a pump held at {@code minFlow} of design (constant head: power follows flow). */
    static double pumpFlowShare(double loadShare, double minFlow) {
        return Math.max(loadShare, minFlow);
    }

    /**
     * Chillers of a plant: either at a fixed part-load ratio (Lei and Masanet), or staged on the load:
     * as many of the installed units run as keep each at or below {@link #STAGE_UP_LOAD} of its capacity
     * (design load / duty units; the standby units of the redundancy run too when the load needs them),
     * all at the same part load; below the minimum part load a running chiller false-loads (hot-gas
     * bypass) and draws the power of its minimum load.
     */
    static final class ChillerBank {
        /**
         * Load of the running chillers above which the sequencer starts another (standby units included):
         * 90 %, the usual stage-up threshold of chiller plant sequencing (engineering assumption).
         */
        static final double STAGE_UP_LOAD = 0.9;
        private final boolean staged;
        private final double fixedPartLoad;
        private final double unitKw;
        private final double inverseUnitKw;
        private final double inverseStageUpKw;
        private final int installed;
        private final double minPartLoad;

        ChillerBank(CoolingDesign.Chiller chiller, CoolingDesign.PartLoad partLoad, double designKw) {
            this.staged = chiller.staged();
            if (staged && !partLoad.hasDesignPoint()) {
                throw new IllegalArgumentException("staged chillers need a design load (PartLoad.designItKw > 0)");
            }
            this.fixedPartLoad = chiller.partLoad();
            this.unitKw = staged ? designKw / partLoad.dutyChillers() : 0;
            this.inverseUnitKw = unitKw > 0 ? 1.0 / unitKw : 0;
            this.inverseStageUpKw = inverseUnitKw / STAGE_UP_LOAD;
            this.installed = Math.max(partLoad.installedChillers(), partLoad.dutyChillers());
            this.minPartLoad = staged ? chiller.minPartLoad() : 0;
        }

        /** Part-load ratio of each running chiller when the chillers carry {@code chillerKw}. */
        double partLoad(double chillerKw) {
            if (!staged) {
                return fixedPartLoad;
            }
            if (unitKw <= 0) {
                return 1.0; // a plant designed for no load of this kind
            }
            int running = (int) Math.ceil(chillerKw * inverseStageUpKw - 1e-9);
            running = Math.max(1, Math.min(installed, running));
            return Math.min(1.0, chillerKw * inverseUnitKw / running);
        }

        /** The load the compressors work for: {@code chillerKw}, or the false load at the minimum part load. */
        double workedKw(double chillerKw, double partLoad) {
            return partLoad < minPartLoad && partLoad > 0 ? chillerKw * minPartLoad / partLoad : chillerKw;
        }

        /** The part-load ratio the efficiency curve is read at. */
        double curvePartLoad(double partLoad) {
            return Math.max(partLoad, minPartLoad);
        }
    }

    /**
     * Recirculating air handlers (CRAH or CRAC) of one design: the fans move the air that carries
     * the white-space heat across the IT equipment with the design rise; their heat adds to the coil
     * load, which the sensible heat ratio grows by its latent part; a humidifier puts back the
     * water the coil condenses (Lei and Masanet 2020). Constant factors are worked out once, so an
     * hour costs three divisions.
     */
    static final class AirHandlers {
        private final double supplyAirC;
        private final double inverseDtK;
        private final double fanKwPerM3PerS;
        private final double inverseSensibleHeatRatio;
        private final double inverseLatentHeatKjPerKg;
        private final double humidifierPumpKwPerKgPerS;
        private final double volumeNumerator;
        private final double roomVapourPa;
        private final double designAirHeatKw;
        private final double inverseDesignAirHeatKw;
        private final double fanMinSpeed;

        /** Air handlers whose fans follow the load in proportion (no design point). */
        AirHandlers(CoolingDesign.AirSide air, double supplyAirC, double humidifierWaterC) {
            this(air, supplyAirC, humidifierWaterC, 0, 0);
        }

        /**
         * Air handlers sized for {@code designAirHeatKw}, with variable-speed fans that do not turn slower
         * than {@code fanMinSpeed} of design (1: constant speed); 0 design heat: fans in proportion.
         */
        AirHandlers(CoolingDesign.AirSide air, double supplyAirC, double humidifierWaterC, double designAirHeatKw,
                double fanMinSpeed) {
            this.designAirHeatKw = designAirHeatKw;
            this.inverseDesignAirHeatKw = designAirHeatKw > 0 ? 1.0 / designAirHeatKw : 0;
            this.fanMinSpeed = fanMinSpeed;
            this.supplyAirC = supplyAirC;
            this.inverseDtK = 1.0 / air.airDtK();
            this.fanKwPerM3PerS = Physics.fanKwPerM3PerS(air.fanPressurePa(), air.fanEfficiency());
            this.inverseSensibleHeatRatio = 1.0 / air.sensibleHeatRatio();
            this.inverseLatentHeatKjPerKg = 1.0 / Physics.latentHeatKjPerKg(humidifierWaterC);
            this.humidifierPumpKwPerKgPerS = Physics.pumpKwPerKgPerS(air.humidifierPumpPressurePa(),
                    air.humidifierPumpEfficiency());
            this.volumeNumerator = volumeNumerator(supplyAirC);
            this.roomVapourPa = roomVapourPa(supplyAirC);
        }

        double supplyAirC() {
            return supplyAirC;
        }

        /** Writes fan, humidifier and inlet state for {@code airHeatKw}; returns the coil load, kW. */
        double cool(double pressurePa, double airHeatKw, HourFlows out) {
            return cool(pressurePa, airHeatKw, supplyAirC, roomVapourPa, volumeNumerator, out);
        }

        /** As {@link #cool(double, double, HourFlows)} with supply air at {@code otherSupplyAirC}. */
        double cool(double pressurePa, double airHeatKw, double otherSupplyAirC, HourFlows out) {
            if (otherSupplyAirC == supplyAirC) {
                return cool(pressurePa, airHeatKw, out);
            }
            return cool(pressurePa, airHeatKw, otherSupplyAirC, roomVapourPa(otherSupplyAirC),
                    volumeNumerator(otherSupplyAirC), out);
        }

        /** ASHRAE 2017 ch.1 eq.26, v = 0.287042 (t + 273.15)(1 + 1.607858 W) / p[kPa]: the part before W and p. */
        private static double volumeNumerator(double supplyC) {
            return Psychrometrics.DRY_AIR_GAS_CONSTANT_KJ_PER_KG_K * (supplyC + Psychrometrics.ZERO_C_IN_K) * 1000.0;
        }

        /** Vapour pressure of the white-space air: the room dew point, or saturation at a colder supply. */
        private static double roomVapourPa(double supplyC) {
            return supplyC < ROOM_DEW_POINT_C ? Psychrometrics.saturationPressurePa(supplyC) : ROOM_VAPOUR_PRESSURE_PA;
        }

        /**
         * Fan power = heat / (cp dT) * v * dp / eta, with the humid specific heat cp = 1.006 + 1.86 W
         * and the specific volume v = 0.287042 T (1 + 1.607858 W) / p (ASHRAE 2017 ch.1 eq.26, 32).
         * With W = 0.621945 p_w / (p - p_w) and 1.607858 = 1 / 0.621945 these reduce to
         * v / cp = 287.042 T / (1.006 p + (1.86 * 0.621945 - 1.006) p_w): one division an hour.
         */
        private double cool(double pressurePa, double airHeatKw, double supplyC, double vapourPa, double numerator,
                HourFlows out) {
            double volumePerCp = numerator
                    / (Psychrometrics.DRY_AIR_CP_KJ_PER_KG_K * pressurePa + VAPOUR_CP_EXCESS * vapourPa);
            double fanRiseK = volumePerCp * fanKwPerM3PerS;
            double fanKw = designAirHeatKw > 0
                    ? designAirHeatKw * inverseDtK * fanRiseK
                            * fanPowerShare(airHeatKw * inverseDesignAirHeatKw, fanMinSpeed)
                    : airHeatKw * inverseDtK * fanRiseK;
            out.airHandlerFanRiseK = fanRiseK;
            double sensibleKw = airHeatKw + fanKw;
            double coilKw = sensibleKw * inverseSensibleHeatRatio;
            double humidifierKgPerS = (coilKw - sensibleKw) * inverseLatentHeatKjPerKg;
            out.airHandlerFansKw += fanKw;
            out.humidifierKgPerS += humidifierKgPerS;
            out.humidificationKw += humidifierKgPerS * humidifierPumpKwPerKgPerS;
            out.inletAirC = supplyC;
            out.inletVapourPa = vapourPa;
            return coilKw;
        }
    }

    /**
     * Cooling towers of one design rejecting {@code out.towerHeatKw}: condenser pumps, fans (air flow
     * from the liquid-to-gas ratio), and water: evaporation = heat / latent heat (MODEL.md section 4
     * item 7), drift as a share of the circulating flow, and blowdown from the cycles of
     * concentration with make-up = evaporation + drift + blowdown and cycles = make-up / (drift +
     * blowdown).
     */
    static final class Towers {
        private final double waterKgPerSPerKw;
        private final double pumpKwPerKgPerS;
        private final double airPerWater;
        private final double fanKwPerM3PerS;
        private final double meanWaterAboveWetBulbK;
        private final double driftFraction;
        private final double blowdownPerEvaporation;
        private final double designHeatKw;
        private final double inverseDesignHeatKw;
        private final double fanMinSpeed;
        private final double pumpMinFlow;

        /** Towers whose pumps and fans follow the heat in proportion. */
        Towers(CoolingDesign.Tower tower) {
            this(tower, 0, CoolingDesign.PartLoad.PROPORTIONAL);
        }

        /** Towers sized for {@code designHeatKw}, with the fan and pump limits of {@code partLoad}. */
        Towers(CoolingDesign.Tower tower, double designHeatKw, CoolingDesign.PartLoad partLoad) {
            this.designHeatKw = partLoad.hasDesignPoint() ? designHeatKw : 0;
            this.inverseDesignHeatKw = this.designHeatKw > 0 ? 1.0 / this.designHeatKw : 0;
            this.fanMinSpeed = partLoad.fanMinSpeed();
            this.pumpMinFlow = partLoad.pumpMinFlow();
            this.waterKgPerSPerKw = 1.0 / (Physics.WATER_CP_KJ_PER_KG_K * tower.rangeK());
            this.pumpKwPerKgPerS = Physics.pumpKwPerKgPerS(tower.pumpPressurePa(), tower.pumpEfficiency());
            this.airPerWater = 1.0 / tower.liquidToGasRatio();
            this.fanKwPerM3PerS = Physics.fanKwPerM3PerS(tower.fanPressurePa(), tower.fanEfficiency());
            this.meanWaterAboveWetBulbK = tower.approachK() + 0.5 * tower.rangeK();
            this.driftFraction = tower.driftFraction();
            this.blowdownPerEvaporation = 1.0 / (tower.cyclesOfConcentration() - 1);
        }

        void reject(SiteClimate climate, int i, HourFlows out) {
            double heatKw = out.towerHeatKw;
            if (heatKw <= 0) {
                return;
            }
            double waterKgPerS = heatKw * waterKgPerSPerKw;
            double fanKgPerS = waterKgPerS;
            if (designHeatKw > 0) {
                // condenser water held at its minimum flow; tower fans on the variable-speed fan curve
                double designWaterKgPerS = designHeatKw * waterKgPerSPerKw;
                double share = heatKw * inverseDesignHeatKw;
                waterKgPerS = designWaterKgPerS * pumpFlowShare(share, pumpMinFlow);
                fanKgPerS = designWaterKgPerS * fanPowerShare(share, fanMinSpeed);
            }
            out.condenserPumpsKw += waterKgPerS * pumpKwPerKgPerS;
            out.heatRejectionFansKw += fanKgPerS * airPerWater * climate.specificVolumeM3PerKg(i) * fanKwPerM3PerS;
            double evaporation = heatKw / Physics.latentHeatKjPerKg(climate.wetBulbC(i) + meanWaterAboveWetBulbK);
            double drift = driftFraction * waterKgPerS;
            out.evaporationKgPerS += evaporation;
            out.driftKgPerS += drift;
            out.blowdownKgPerS += Math.max(0, evaporation * blowdownPerEvaporation - drift);
            out.heatRejectedKw += heatKw;
        }
    }

    /** Economiser share of a water loop: 1 when the source is colder than the supply, 0 above the return. */
    static double economiserFraction(double sourceC, double supplyC, double returnC) {
        if (sourceC <= supplyC) {
            return 1.0;
        }
        if (sourceC >= returnC) {
            return 0.0;
        }
        return (returnC - sourceC) / (returnC - supplyC);
    }
}
