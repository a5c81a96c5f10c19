package dcplanner.energy;

import dcplanner.climate.SiteClimate;

/**
 * Packaged direct-expansion CRAC units with air-cooled condensers: fans as for CRAH units, the
 * compressor at the DX COP for the hour's outdoor and return air (condenser fans inside the COP,
 * as in EnergyPlus gross rated COP).
 */
final class DxCracPlant implements CoolingPlant {

    private final CoolingDesign design;
    private final PlantParts.AirHandlers airHandlers;
    private final double copScale;

    DxCracPlant(CoolingDesign design) {
        this.design = design;
        CoolingDesign.PartLoad partLoad = design.partLoad();
        this.airHandlers = new PlantParts.AirHandlers(design.air(), design.air().supplyAirC(),
                design.air().supplyAirC(), partLoad.designItKw(), partLoad.fanMinSpeed());
        this.copScale = design.chiller().copScale(ChillerModels.DX_REFERENCE_COP);
    }

    @Override
    public double inletAirC(SiteClimate climate, int i) {
        return design.air().supplyAirC();
    }

    @Override
    public double airCooledShare() {
        return 1.0;
    }

    @Override
    public void cool(SiteClimate climate, int i, double airHeatKw, double liquidHeatKw, HourFlows out) {
        CoolingDesign.AirSide air = design.air();
        double supplyC = air.supplyAirC();
        double coilKw = airHandlers.cool(climate.stationPressurePa(i), airHeatKw, out);
        double cop = ChillerModels.dxCop(climate.dryBulbC(i), supplyC + air.airDtK(), copScale - 1,
                design.chiller().warmWaterCredit());
        double compressorKw = coilKw / cop;
        out.compressorsKw += compressorKw;
        out.heatRejectedKw += coilKw + compressorKw;
    }
}
