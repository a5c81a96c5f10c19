package dcplanner.energy;

import java.util.Optional;

/**
 * Results of one hourly simulation: energy by component, water, heat, hours by cooling mode, for
 * the year and by month, and the metrics computed from them (ISO/IEC 30134: all are ratios of
 * energy or water over the same period). Energy balances exactly: the components add up to the
 * facility total, which is computed as their sum.
 */
public final class EnergyResult {

    private static final int YEAR = RawSimulation.YEAR;

    private final int hours;
    private final int[] hoursInPeriod;
    private final double[][] energyKwh;
    private final double[][] waterLitres;
    private final double[] heatRejectedKwh;
    private final int[][] modeHours;
    private final int[] hoursOutsideRecommended;
    private final double peakFacilityKw;
    private final double[] peakFacilityKwByMonth;
    private final int peakHour;
    private final double transformerRatingKw;
    private final HourlySeries hourly;

    private EnergyResult(RawSimulation raw, LossCoefficients transformer, double transformerRatingKw) {
        this.hours = raw.hours;
        this.hoursInPeriod = raw.hoursInPeriod.clone();
        this.energyKwh = new double[13][];
        int tx = EnergyComponent.TRANSFORMER_LOSS.ordinal();
        for (int period = 0; period < 13; period++) {
            energyKwh[period] = raw.energyKwh[period].clone();
            // transformer losses: sum over hours of a0 R + a1 P + a2 P^2 / R, from the sums of P and P^2
            energyKwh[period][tx] = transformerRatingKw <= 0 ? 0
                    : transformer.noLoad() * transformerRatingKw * raw.hoursInPeriod[period]
                            + transformer.proportional() * raw.sumFacilityKw[period]
                            + transformer.squareLaw() * raw.sumFacilitySquaredKw2[period] / transformerRatingKw;
        }
        this.waterLitres = deepCopy(raw.waterLitres);
        this.heatRejectedKwh = raw.heatRejectedKwh.clone();
        this.modeHours = new int[13][];
        for (int period = 0; period < 13; period++) {
            modeHours[period] = raw.modeHours[period].clone();
        }
        this.hoursOutsideRecommended = raw.hoursOutsideRecommended.clone();
        this.peakFacilityKw = raw.peakFacilityKw + transformer.lossKw(raw.peakFacilityKw, transformerRatingKw);
        this.peakFacilityKwByMonth = new double[12];
        for (int m = 0; m < 12; m++) {
            double peak = raw.peakFacilityKwByMonth[m];
            peakFacilityKwByMonth[m] = raw.hoursInPeriod[m] == 0 ? 0 : peak + transformer.lossKw(peak, transformerRatingKw);
        }
        this.peakHour = raw.peakHour;
        this.transformerRatingKw = transformerRatingKw;
        this.hourly = raw.hourly;
        if (hourly != null) {
            hourly.finishTransformer(transformer, transformerRatingKw);
        }
    }

    static EnergyResult finish(RawSimulation raw, ElectricalDesign electrical, double transformerRatingKw) {
        return new EnergyResult(raw, electrical.transformer(), transformerRatingKw);
    }

    private static double[][] deepCopy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }

    /** Hours simulated (the weather year's length). */
    public int hours() {
        return hours;
    }

    /** Hours of month 1..12 in the weather year (0 if the file has none). */
    public int hoursInMonth(int month) {
        return hoursInPeriod[month - 1];
    }

    public double energyKwh(EnergyComponent component) {
        return energyKwh[YEAR][component.ordinal()];
    }

    public double energyKwh(int month, EnergyComponent component) {
        return energyKwh[month - 1][component.ordinal()];
    }

    /** Facility energy: the sum of every component, kWh. */
    public double facilityKwh() {
        return sum(energyKwh[YEAR]);
    }

    public double facilityKwh(int month) {
        return sum(energyKwh[month - 1]);
    }

    public double itKwh() {
        return energyKwh(EnergyComponent.IT);
    }

    public double itKwh(int month) {
        return energyKwh(month, EnergyComponent.IT);
    }

    /** Energy of the components in {@code category}, kWh (for the year, or month 1..12; 0 = year). */
    public double categoryKwh(EnergyComponent.Category category, int month) {
        double[] e = month == 0 ? energyKwh[YEAR] : energyKwh[month - 1];
        double total = 0;
        for (EnergyComponent component : EnergyComponent.values()) {
            if (component.category() == category) {
                total += e[component.ordinal()];
            }
        }
        return total;
    }

    public double coolingKwh() {
        return categoryKwh(EnergyComponent.Category.COOLING, 0);
    }

    /** Power usage effectiveness over the year (ISO/IEC 30134-2). */
    public double pue() {
        return facilityKwh() / itKwh();
    }

    /** PUE of month 1..12; empty when the weather year has no hour in it. */
    public Optional<Double> pue(int month) {
        return itKwh(month) > 0 ? Optional.of(facilityKwh(month) / itKwh(month)) : Optional.empty();
    }

    /** Partial PUE of cooling: (cooling + IT) / IT. */
    public double partialPueCooling() {
        return (coolingKwh() + itKwh()) / itKwh();
    }

    /** Partial PUE of the power chain: (UPS + distribution + transformer losses + IT) / IT. */
    public double partialPuePower() {
        return (categoryKwh(EnergyComponent.Category.POWER, 0) + itKwh()) / itKwh();
    }

    public double waterLitres(WaterComponent component) {
        return waterLitres[YEAR][component.ordinal()];
    }

    /** Site water, L (ISO/IEC 30134-9: towers, adiabatic and humidifier water). */
    public double waterLitres() {
        return sum(waterLitres[YEAR]);
    }

    public double waterLitres(int month) {
        return sum(waterLitres[month - 1]);
    }

    /** Site water usage effectiveness, L per kWh of IT energy. */
    public double wueLitresPerKwh() {
        return waterLitres() / itKwh();
    }

    public Optional<Double> wueLitresPerKwh(int month) {
        return itKwh(month) > 0 ? Optional.of(waterLitres(month) / itKwh(month)) : Optional.empty();
    }

    public double heatRejectedKwh() {
        return heatRejectedKwh[YEAR];
    }

    public int hoursIn(CoolingMode mode) {
        return modeHours[YEAR][mode.ordinal()];
    }

    public int hoursIn(int month, CoolingMode mode) {
        return modeHours[month - 1][mode.ordinal()];
    }

    /** Hours whose IT inlet air lies outside the ASHRAE recommended envelope. */
    public int hoursOutsideRecommendedEnvelope() {
        return hoursOutsideRecommended[YEAR];
    }

    public int hoursOutsideRecommendedEnvelope(int month) {
        return hoursOutsideRecommended[month - 1];
    }

    /** Highest hourly facility power, kW: the grid connection to plan for. */
    public double peakFacilityKw() {
        return peakFacilityKw;
    }

    /** Highest hourly facility power in month 1..12, kW (0 when the year has no hour in it). */
    public double peakFacilityKw(int month) {
        return peakFacilityKwByMonth[month - 1];
    }

    /** 0-based index of the hour of peak facility power. */
    public int peakHour() {
        return peakHour;
    }

    public double transformerRatingKw() {
        return transformerRatingKw;
    }

    /** The hour-by-hour series, when the simulation was asked to keep it. */
    public Optional<HourlySeries> hourly() {
        return Optional.ofNullable(hourly);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
