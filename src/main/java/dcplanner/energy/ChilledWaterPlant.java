package dcplanner.energy;

import dcplanner.climate.SiteClimate;

/**
 * CRAH units on chilled water, with chillers rejecting heat to outdoor air, cooling towers or sea
 * water, and optionally an economiser heat exchanger (Lei and Masanet, Energy 201 (2020) 117556,
 * water-side and seawater economiser models).
 *
 * <p>Chilled water temperatures follow the air side: supply water
 * T_sfw = T_ra - (T_ra - T_sa) / coil effectiveness, return T_rfw = T_sfw + dT_w. The economiser
 * carries the whole coil load when its source (tower water: wet bulb + tower approach + exchanger
 * approach; sea water + exchanger approach) is colder than T_sfw, none above T_rfw, and in between
 * the share (T_rfw - source) / (T_rfw - T_sfw); the chillers carry the rest.
 */
final class ChilledWaterPlant implements CoolingPlant {

    /** Where the chillers (and economiser) send their heat. */
    enum Sink { AIR, TOWER, SEA }

    private final CoolingDesign design;
    private final Sink sink;
    private final boolean economiser;
    private final double supplyWaterC;
    private final double returnWaterC;
    private final PlantParts.AirHandlers airHandlers;
    private final PlantParts.Towers towers;
    private final double economiserPumpKwPerKw;
    private final double chilledWaterPumpKwPerKw;
    private final double economiserSourceAboveWetBulbK;
    private final double copScale;
    private final double seaPumpKwPerKw;
    private final double credit;
    private final PlantParts.ChillerBank chillers;
    private final double designCoilKw;
    private final double minPumpedCoilKw;

    ChilledWaterPlant(CoolingDesign design, Sink sink, boolean economiser) {
        this(design, sink, economiser, 1.0);
    }

    /**
     * A plant serving {@code airShare} of the IT heat (the rest goes to a liquid loop); its design coil
     * load is that share of the design heat ({@link PlantParts#DESIGN_HEAT_PER_IT_KW}).
     */
    ChilledWaterPlant(CoolingDesign design, Sink sink, boolean economiser, double airShare) {
        this.design = design;
        CoolingDesign.PartLoad partLoad = design.partLoad();
        this.designCoilKw = partLoad.designItKw() * PlantParts.DESIGN_HEAT_PER_IT_KW * airShare;
        // pumps do not pump less than the minimum flow: the coil load that flow would carry
        this.minPumpedCoilKw = partLoad.hasDesignPoint() ? partLoad.pumpMinFlow() * designCoilKw : 0;
        this.chillers = new PlantParts.ChillerBank(design.chiller(), partLoad, designCoilKw);
        this.credit = design.chiller().warmWaterCredit();
        this.sink = sink;
        this.economiser = economiser;
        CoolingDesign.AirSide air = design.air();
        double supplyAirC = air.supplyAirC();
        double returnAirC = supplyAirC + air.airDtK();
        CoolingDesign.ChilledWater water = design.chilledWater();
        this.supplyWaterC = Math.min(returnAirC - air.airDtK() / water.coilEffectiveness(), water.supplyMaxC());
        this.returnWaterC = supplyWaterC + water.dtK();
        this.airHandlers = new PlantParts.AirHandlers(air, supplyAirC, 0.5 * (supplyWaterC + returnWaterC),
                designCoilKw / PlantParts.DESIGN_HEAT_PER_IT_KW, partLoad.fanMinSpeed());
        this.towers = sink == Sink.TOWER ? new PlantParts.Towers(design.tower(),
                partLoad.designItKw() * PlantParts.DESIGN_HEAT_PER_IT_KW * PlantParts.DESIGN_REJECTION_PER_COIL_KW,
                partLoad) : null;
        this.economiserPumpKwPerKw = Physics.pumpKwPerKwOfHeat(water.dtK(), water.economiserPumpPressurePa(),
                water.economiserPumpEfficiency());
        this.chilledWaterPumpKwPerKw = Physics.pumpKwPerKwOfHeat(water.dtK(), water.pumpPressurePa(),
                water.pumpEfficiency());
        this.economiserSourceAboveWetBulbK = sink == Sink.TOWER
                ? design.tower().approachK() + water.heatExchangerApproachK() : 0;
        this.copScale = design.chiller().copScale(sink == Sink.AIR ? ChillerModels.airCooledRatedBaseCop()
                : ChillerModels.waterCooledRatedBaseCop());
        // sea water pumps lift against a head: pressure rise = rho g H
        this.seaPumpKwPerKw = sink == Sink.SEA ? Physics.pumpKwPerKwOfHeat(design.sea().dtK(),
                Physics.WATER_DENSITY_KG_PER_M3 * Physics.GRAVITY_M_PER_S2 * design.sea().pumpHeadM(),
                design.sea().pumpEfficiency()) : 0;
    }

    @Override
    public double inletAirC(SiteClimate climate, int i) {
        return airHandlers.supplyAirC();
    }

    @Override
    public double airCooledShare() {
        return 1.0;
    }

    @Override
    public void cool(SiteClimate climate, int i, double airHeatKw, double liquidHeatKw, HourFlows out) {
        coolAir(climate, i, airHeatKw, out);
        if (towers != null) {
            towers.reject(climate, i, out);
        }
    }

    /** Air handlers and chilled water for {@code airHeatKw}; tower heat is left in {@code out.towerHeatKw}. */
    void coolAir(SiteClimate climate, int i, double airHeatKw, HourFlows out) {
        chilledWater(climate, i, airHandlers.cool(climate.stationPressurePa(i), airHeatKw, out), out);
    }

    PlantParts.AirHandlers airHandlers() {
        return airHandlers;
    }

    /** The cooling towers of this plant (null unless it rejects heat to towers). */
    PlantParts.Towers towers() {
        return towers;
    }

    /** The chilled-water side for a coil load {@code coilKw}: economiser, chillers, pumps, heat sink. */
    void chilledWater(SiteClimate climate, int i, double coilKw, HourFlows out) {
        double fraction = economiser ? PlantParts.economiserFraction(economiserSourceC(climate, i), supplyWaterC,
                returnWaterC) : 0.0;
        double economiserKw = fraction * coilKw;
        double chillerKw = coilKw - economiserKw;
        double compressorKw = 0.0;
        if (chillerKw > 0) {
            double partLoad = chillers.partLoad(chillerKw);
            compressorKw = chillers.workedKw(chillerKw, partLoad) * inverseCop(climate, i,
                    chillers.curvePartLoad(partLoad));
        }
        out.economiserHeatKw += economiserKw;
        out.compressorsKw += compressorKw;
        // pumps at constant head: power follows the flow, which does not fall below the minimum flow
        double pumpFloor = coilKw > 0 && coilKw < minPumpedCoilKw ? minPumpedCoilKw / coilKw : 1.0;
        out.chilledWaterPumpsKw += pumpFloor
                * (economiserKw * economiserPumpKwPerKw + chillerKw * chilledWaterPumpKwPerKw);
        switch (sink) {
            case TOWER -> out.towerHeatKw += coilKw + compressorKw;
            case AIR -> out.heatRejectedKw += chillerKw + compressorKw;
            case SEA -> {
                double rejectedKw = coilKw + compressorKw;
                out.condenserPumpsKw += rejectedKw * seaPumpKwPerKw;
                out.heatRejectedKw += rejectedKw;
            }
        }
    }

    private double economiserSourceC(SiteClimate climate, int i) {
        return switch (sink) {
            case TOWER -> climate.wetBulbC(i) + economiserSourceAboveWetBulbK;
            case SEA -> design.sea().temperatureC() + design.chilledWater().heatExchangerApproachK();
            case AIR -> Double.POSITIVE_INFINITY;
        };
    }

    /** Compressor power per unit of chiller cooling this hour (1 / COP) at part-load ratio {@code partLoad}. */
    private double inverseCop(SiteClimate climate, int i, double partLoad) {
        return switch (sink) {
            case TOWER -> ChillerModels.waterCooledInverseCop(climate.wetBulbC(i) + design.tower().approachK(),
                    design.tower().rangeK(), partLoad, supplyWaterC, copScale, credit);
            case SEA -> ChillerModels.waterCooledInverseCop(design.sea().temperatureC(), design.sea().dtK(),
                    partLoad, supplyWaterC, copScale, credit);
            case AIR -> ChillerModels.airCooledInverseCop(climate.dryBulbC(i), supplyWaterC, copScale, credit);
        };
    }
}
