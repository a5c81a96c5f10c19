package dcplanner.energy;

/**
 * The hour-by-hour results of one simulation, kept only when asked for (they take about 1 MB a
 * year). Power in kW, water in litres per hour.
 */
public final class HourlySeries {

    private final double[][] powerKw;
    private final double[] facilityKw;
    private final double[] waterLitres;
    private final double[] heatRejectedKw;
    private final double[] inletAirC;
    private final CoolingMode[] mode;

    HourlySeries(int hours) {
        powerKw = new double[EnergyComponent.values().length][hours];
        facilityKw = new double[hours];
        waterLitres = new double[hours];
        heatRejectedKw = new double[hours];
        inletAirC = new double[hours];
        mode = new CoolingMode[hours];
    }

    void record(int i, HourFlows flows, double itKw, double upsKw, double distributionKw, double lightingKw,
            double miscKw, double waterL, CoolingMode hourMode) {
        powerKw[EnergyComponent.IT.ordinal()][i] = itKw;
        powerKw[EnergyComponent.UPS_LOSS.ordinal()][i] = upsKw;
        powerKw[EnergyComponent.DISTRIBUTION_LOSS.ordinal()][i] = distributionKw;
        powerKw[EnergyComponent.LIGHTING.ordinal()][i] = lightingKw;
        powerKw[EnergyComponent.MISC.ordinal()][i] = miscKw;
        powerKw[EnergyComponent.AIR_HANDLER_FANS.ordinal()][i] = flows.airHandlerFansKw;
        powerKw[EnergyComponent.COMPRESSORS.ordinal()][i] = flows.compressorsKw;
        powerKw[EnergyComponent.CHILLED_WATER_PUMPS.ordinal()][i] = flows.chilledWaterPumpsKw;
        powerKw[EnergyComponent.CONDENSER_PUMPS.ordinal()][i] = flows.condenserPumpsKw;
        powerKw[EnergyComponent.HEAT_REJECTION_FANS.ordinal()][i] = flows.heatRejectionFansKw;
        powerKw[EnergyComponent.LIQUID_COOLING_PUMPS.ordinal()][i] = flows.liquidPumpsKw;
        powerKw[EnergyComponent.HUMIDIFICATION.ordinal()][i] = flows.humidificationKw;
        waterLitres[i] = waterL;
        heatRejectedKw[i] = flows.heatRejectedKw;
        inletAirC[i] = flows.inletAirC;
        mode[i] = hourMode;
    }

    void finishTransformer(LossCoefficients transformer, double ratingKw) {
        int tx = EnergyComponent.TRANSFORMER_LOSS.ordinal();
        for (int i = 0; i < facilityKw.length; i++) {
            double before = 0;
            for (EnergyComponent component : EnergyComponent.values()) {
                if (component != EnergyComponent.TRANSFORMER_LOSS) {
                    before += powerKw[component.ordinal()][i];
                }
            }
            powerKw[tx][i] = transformer.lossKw(before, ratingKw);
            facilityKw[i] = before + powerKw[tx][i];
        }
    }

    public int hours() {
        return facilityKw.length;
    }

    public double powerKw(EnergyComponent component, int hour) {
        return powerKw[component.ordinal()][hour];
    }

    public double facilityKw(int hour) {
        return facilityKw[hour];
    }

    public double waterLitres(int hour) {
        return waterLitres[hour];
    }

    public double heatRejectedKw(int hour) {
        return heatRejectedKw[hour];
    }

    public double inletAirC(int hour) {
        return inletAirC[hour];
    }

    public CoolingMode mode(int hour) {
        return mode[hour];
    }
}
