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

    ChilledWaterPlant(CoolingDesign design, Sink sink, boolean economiser) {
        this.design = design;
        this.sink = sink;
        this.economiser = economiser;
        CoolingDesign.AirSide air = design.air();
        double supplyAirC = air.supplyAirC();
        double returnAirC = supplyAirC + air.airDtK();
        CoolingDesign.ChilledWater water = design.chilledWater();
        this.supplyWaterC = returnAirC - air.airDtK() / water.coilEffectiveness();
        this.returnWaterC = supplyWaterC + water.dtK();
        this.airHandlers = new PlantParts.AirHandlers(air, supplyAirC, 0.5 * (supplyWaterC + returnWaterC));
        this.towers = sink == Sink.TOWER ? new PlantParts.Towers(design.tower()) : null;
        this.economiserPumpKwPerKw = Physics.pumpKwPerKwOfHeat(water.dtK(), water.economiserPumpPressurePa(),
                water.economiserPumpEfficiency());
        this.chilledWaterPumpKwPerKw = Physics.pumpKwPerKwOfHeat(water.dtK(), water.pumpPressurePa(),
                water.pumpEfficiency());
        this.economiserSourceAboveWetBulbK = sink == Sink.TOWER
                ? design.tower().approachK() + water.heatExchangerApproachK() : 0;
        this.copScale = 1 + design.chiller().copAdjustment();
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
        double compressorKw = chillerKw > 0 ? chillerKw * inverseCop(climate, i) : 0.0;
        out.economiserHeatKw += economiserKw;
        out.compressorsKw += compressorKw;
        out.chilledWaterPumpsKw += economiserKw * economiserPumpKwPerKw + chillerKw * chilledWaterPumpKwPerKw;
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

    /** Compressor power per unit of chiller cooling this hour (1 / COP). */
    private double inverseCop(SiteClimate climate, int i) {
        return switch (sink) {
            case TOWER -> ChillerModels.waterCooledInverseCop(climate.wetBulbC(i) + design.tower().approachK(),
                    design.tower().rangeK(), design.chiller().partLoad(), supplyWaterC, copScale);
            case SEA -> ChillerModels.waterCooledInverseCop(design.sea().temperatureC(), design.sea().dtK(),
                    design.chiller().partLoad(), supplyWaterC, copScale);
            case AIR -> ChillerModels.airCooledInverseCop(climate.dryBulbC(i), supplyWaterC, copScale);
        };
    }
}
