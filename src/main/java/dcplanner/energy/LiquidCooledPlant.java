package dcplanner.energy;

import dcplanner.climate.SiteClimate;

/**
 * Direct-to-chip or immersion liquid cooling. The liquid loop's heat goes to cooling towers
 * (through a plate heat exchanger) or to dry coolers, chiller-free whenever the source is cold
 * enough for the loop's supply temperature (Lei and Masanet's economiser share applied to the
 * loop); chillers trim the rest. The heat still released to air (the air-cooled share of IT,
 * power-chain losses, lighting) goes to CRAH units on a water-side economiser plant with towers,
 * or on air-cooled chillers when the loop uses dry coolers (a plant that uses no water).
 */
final class LiquidCooledPlant implements CoolingPlant {

    private final CoolingDesign design;
    private final ChilledWaterPlant airPlant;
    private final boolean towers;
    private final double share;
    private final PlantParts.ChillerBank trimChillers;
    private final double copScale;
    private final double designLoopKw;
    private final double pumpMinFlow;
    private final double fanMinSpeed;

    LiquidCooledPlant(CoolingDesign design) {
        this.design = design;
        this.towers = design.liquid().heatRejection() == CoolingDesign.HeatRejection.COOLING_TOWER;
        this.share = design.technology() == CoolingTechnology.IMMERSION ? 1.0 : design.liquid().share();
        this.airPlant = towers ? new ChilledWaterPlant(design, ChilledWaterPlant.Sink.TOWER, true, 1.0 - share)
                : new ChilledWaterPlant(design, ChilledWaterPlant.Sink.AIR, false, 1.0 - share);
        CoolingDesign.PartLoad partLoad = design.partLoad();
        this.designLoopKw = partLoad.designItKw() * share;
        this.pumpMinFlow = partLoad.pumpMinFlow();
        this.fanMinSpeed = partLoad.fanMinSpeed();
        this.trimChillers = new PlantParts.ChillerBank(design.chiller(), partLoad, designLoopKw);
        this.copScale = design.chiller().copScale(towers ? ChillerModels.waterCooledRatedBaseCop()
                : ChillerModels.airCooledRatedBaseCop());
    }

    @Override
    public double inletAirC(SiteClimate climate, int i) {
        return design.air().supplyAirC();
    }

    @Override
    public double airCooledShare() {
        return 1.0 - share;
    }

    @Override
    public void cool(SiteClimate climate, int i, double airHeatKw, double liquidHeatKw, HourFlows out) {
        airPlant.coolAir(climate, i, airHeatKw, out); // towers are settled below, with the loop's heat

        CoolingDesign.LiquidLoop loop = design.liquid();
        double supplyC = loop.supplyC();
        double returnC = supplyC + loop.dtK();
        double sourceC = towers
                ? climate.wetBulbC(i) + design.tower().approachK() + design.chilledWater().heatExchangerApproachK()
                : climate.dryBulbC(i) + loop.dryCoolerApproachK();
        double freeKw = PlantParts.economiserFraction(sourceC, supplyC, returnC) * liquidHeatKw;
        double trimKw = liquidHeatKw - freeKw;
        double trimCompressorKw = 0;
        if (trimKw > 0) {
            double credit = design.chiller().warmWaterCredit();
            double partLoad = trimChillers.partLoad(trimKw);
            double inverseCop = towers
                    ? ChillerModels.waterCooledInverseCop(climate.wetBulbC(i) + design.tower().approachK(),
                            design.tower().rangeK(), trimChillers.curvePartLoad(partLoad), supplyC, copScale, credit)
                    : ChillerModels.airCooledInverseCop(climate.dryBulbC(i), supplyC, copScale, credit);
            trimCompressorKw = trimChillers.workedKw(trimKw, partLoad) * inverseCop;
        }
        out.compressorsKw += trimCompressorKw;
        out.economiserHeatKw += freeKw;
        double loopKw = designLoopKw > 0
                ? designLoopKw * PlantParts.pumpFlowShare(liquidHeatKw / designLoopKw, pumpMinFlow) : liquidHeatKw;
        out.liquidPumpsKw += Physics.pumpPowerKw(Physics.waterMassFlowKgPerS(loopKw, loop.dtK()),
                loop.pumpPressurePa(), loop.pumpEfficiency());
        if (towers) {
            out.towerHeatKw += liquidHeatKw + trimCompressorKw;
            airPlant.towers().reject(climate, i, out);
        } else {
            // dry coolers reject the free part; the trim chiller's air-cooled condenser the rest
            double fanKw = designLoopKw > 0
                    ? designLoopKw * PlantParts.fanPowerShare(freeKw / designLoopKw, fanMinSpeed) : freeKw;
            double airKgPerS = Physics.airMassFlowKgPerS(fanKw, loop.dryCoolerAirDtK(), climate.humidityRatio(i));
            out.heatRejectionFansKw += Physics.fanPowerKw(airKgPerS, climate.specificVolumeM3PerKg(i),
                    loop.dryCoolerFanPressurePa(), loop.dryCoolerFanEfficiency());
            out.heatRejectedKw += liquidHeatKw + trimCompressorKw;
        }
    }
}
