package dcplanner.climate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Summary statistics of a weather year (or of one month of it), as a planner reads them: means,
 * maxima, the 0.4% exceedance values used for design and the hours cool enough for free cooling.
 *
 * @param month  1..12 for a monthly summary, 0 for the whole year
 * @param hours  number of hours summarised
 * @param dryBulb0p4PctC dry bulb exceeded in 0.4% of the hours: the 99.6th percentile of the hourly
 *                       values, linear interpolation between ranks (Hyndman and Fan 1996 type 7, as
 *                       spreadsheet PERCENTILE.INC); the ASHRAE annual cooling design condition
 * @param wetBulb0p4PctC the same for the wet bulb
 */
public record ClimateStatistics(int month, int hours, double meanDryBulbC, double maxDryBulbC, double meanWetBulbC,
        double maxWetBulbC, double meanDewPointC, double meanHumidityRatioKgPerKg, double meanEnthalpyKjPerKg,
        double dryBulb0p4PctC, double wetBulb0p4PctC, int hoursWetBulbBelow20C, int hoursWetBulbBelow24C,
        int hoursDryBulbBelow24C) {

    /** Share of hours whose value is exceeded, for the design percentiles. */
    public static final double EXCEEDANCE_FRACTION = 0.004;

    /** Statistics of the whole year. */
    public static ClimateStatistics annual(SiteClimate climate) {
        return of(climate, 0, i -> true);
    }

    /** Statistics of each calendar month, January first; months absent from the file are skipped. */
    public static List<ClimateStatistics> monthly(SiteClimate climate) {
        List<ClimateStatistics> months = new ArrayList<>(12);
        WeatherYear weather = climate.weather();
        for (int m = 1; m <= 12; m++) {
            final int month = m;
            ClimateStatistics stats = of(climate, month, i -> weather.month(i) == month);
            if (stats.hours() > 0) {
                months.add(stats);
            }
        }
        return months;
    }

    private static ClimateStatistics of(SiteClimate climate, int month, IntPredicate include) {
        int n = 0;
        for (int i = 0; i < climate.hours(); i++) {
            if (include.test(i)) {
                n++;
            }
        }
        if (n == 0) {
            return new ClimateStatistics(month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        double[] dryBulb = new double[n];
        double[] wetBulb = new double[n];
        double sumDewPoint = 0;
        double sumHumidityRatio = 0;
        double sumEnthalpy = 0;
        int wbBelow20 = 0;
        int wbBelow24 = 0;
        int dbBelow24 = 0;
        int k = 0;
        for (int i = 0; i < climate.hours(); i++) {
            if (!include.test(i)) {
                continue;
            }
            dryBulb[k] = climate.dryBulbC(i);
            wetBulb[k] = climate.wetBulbC(i);
            sumDewPoint += climate.dewPointC(i);
            sumHumidityRatio += climate.humidityRatio(i);
            sumEnthalpy += climate.enthalpyJPerKg(i);
            if (wetBulb[k] < 20.0) {
                wbBelow20++;
            }
            if (wetBulb[k] < 24.0) {
                wbBelow24++;
            }
            if (dryBulb[k] < 24.0) {
                dbBelow24++;
            }
            k++;
        }
        double meanDryBulb = mean(dryBulb);
        double meanWetBulb = mean(wetBulb);
        Arrays.sort(dryBulb);
        Arrays.sort(wetBulb);
        return new ClimateStatistics(month, n, meanDryBulb, dryBulb[n - 1], meanWetBulb, wetBulb[n - 1],
                sumDewPoint / n, sumHumidityRatio / n, sumEnthalpy / n / 1000.0,
                percentileOfSorted(dryBulb, 1.0 - EXCEEDANCE_FRACTION),
                percentileOfSorted(wetBulb, 1.0 - EXCEEDANCE_FRACTION), wbBelow20, wbBelow24, dbBelow24);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /**
     * Percentile {@code q} (0..1) of ascending {@code sorted} values, linear interpolation between
     * closest ranks (Hyndman and Fan 1996, definition 7).
     */
    public static double percentileOfSorted(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
