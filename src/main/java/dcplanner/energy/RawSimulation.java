package dcplanner.energy;

/**
 * What the hourly loop accumulates before the transformers are sized: energy by component (kWh),
 * water (L), heat rejected, hours by mode and outside the inlet envelope, by month (0..11) and for
 * the year (index 12), plus the sums the transformer losses need. Package-private and mutable.
 */
final class RawSimulation {
    static final int YEAR = 12;

    final int hours;
    final int[] hoursInPeriod = new int[13];
    final double[][] energyKwh = new double[13][EnergyComponent.values().length];
    final double[][] waterLitres = new double[13][WaterComponent.values().length];
    final double[] heatRejectedKwh = new double[13];
    final int[][] modeHours = new int[13][CoolingMode.values().length];
    final int[] hoursOutsideRecommended = new int[13];
    /** Sum over hours of the facility power before transformers, and of its square (kW h, kW^2 h). */
    final double[] sumFacilityKw = new double[13];
    final double[] sumFacilitySquaredKw2 = new double[13];
    double peakFacilityKw;
    /** Highest hourly facility power before transformers in each month, kW. */
    final double[] peakFacilityKwByMonth = new double[12];
    int peakHour;
    final HourlySeries hourly;

    /** Fills the year row (index 12) as the sum of the months. */
    void sumMonthsIntoYear() {
        for (int m = 0; m < 12; m++) {
            hoursInPeriod[YEAR] += hoursInPeriod[m];
            for (int c = 0; c < energyKwh[m].length; c++) {
                energyKwh[YEAR][c] += energyKwh[m][c];
            }
            for (int c = 0; c < waterLitres[m].length; c++) {
                waterLitres[YEAR][c] += waterLitres[m][c];
            }
            heatRejectedKwh[YEAR] += heatRejectedKwh[m];
            for (int c = 0; c < modeHours[m].length; c++) {
                modeHours[YEAR][c] += modeHours[m][c];
            }
            hoursOutsideRecommended[YEAR] += hoursOutsideRecommended[m];
            sumFacilityKw[YEAR] += sumFacilityKw[m];
            sumFacilitySquaredKw2[YEAR] += sumFacilitySquaredKw2[m];
        }
    }

    RawSimulation(int hours, boolean keepHourly) {
        this.hours = hours;
        this.hourly = keepHourly ? new HourlySeries(hours) : null;
    }
}
