package dcplanner.climate;

import java.util.Locale;

/**
 * A weather year morphed to a warmer climate by the shift-and-stretch method of Belcher, Hacker and
 * Powell, "Constructing design weather data for future climates", Building Services Engineering
 * Research and Technology 26(1) (2005) 49-61, eq. 3 (shift and stretch of dry bulb):
 *
 * <pre>
 *   dbt = dbt0 + dTmean_m + alpha_m (dbt0 - &lt;dbt0&gt;_m),
 *   alpha_m = (dTmax_m - dTmin_m) / (&lt;dbtmax0&gt;_m - &lt;dbtmin0&gt;_m)
 * </pre>
 *
 * where {@code <dbt0>_m} is the month's mean dry bulb and {@code <dbtmax0>_m}, {@code <dbtmin0>_m}
 * are the month's means of the daily maximum and minimum. The hour's relative humidity is held
 * (the vapour pressure follows the new saturation pressure, and the dew point is recomputed from it);
 * station pressure, irradiance and wind are unchanged. The psychrometric state (wet bulb, enthalpy,
 * density...) is recomputed by {@link SiteClimate#of}.
 */
public final class WeatherMorph {

    private WeatherMorph() {
    }

    /**
     * {@code base} with every month warmed by {@code meanWarmingK} on average and its mean daily
     * temperature range widened by {@code dailyRangeChangeK} ({@code dTmax - dTmin}; 0: a pure
     * shift).
     */
    public static SiteClimate morph(SiteClimate base, double meanWarmingK, double dailyRangeChangeK) {
        double[] warming = new double[12];
        double[] range = new double[12];
        java.util.Arrays.fill(warming, meanWarmingK);
        java.util.Arrays.fill(range, dailyRangeChangeK);
        return SiteClimate.of(base.site(), morph(base, warming, range));
    }

    /**
     * The weather year of {@code climate} morphed month by month: {@code meanWarmingK[m]} is the change
     * of the mean dry bulb of month {@code m + 1}, {@code dailyRangeChangeK[m]} the change of its mean
     * daily range. The base hours' vapour and saturation pressures are the climate's, not recomputed.
     */
    public static WeatherYear morph(SiteClimate climate, double[] meanWarmingK, double[] dailyRangeChangeK) {
        if (meanWarmingK.length != 12 || dailyRangeChangeK.length != 12) {
            throw new IllegalArgumentException("give 12 monthly changes of the mean and of the daily range");
        }
        WeatherYear base = climate.weather();
        int n = base.hours();
        double[] monthMean = new double[12];
        int[] monthHours = new int[12];
        double[] sumDailyMax = new double[12];
        double[] sumDailyMin = new double[12];
        int[] days = new int[12];
        double dayMax = Double.NEGATIVE_INFINITY;
        double dayMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            int m = base.month(i) - 1;
            double t = base.dryBulbC(i);
            monthMean[m] += t;
            monthHours[m]++;
            dayMax = Math.max(dayMax, t);
            dayMin = Math.min(dayMin, t);
            boolean lastOfDay = i == n - 1 || base.day(i + 1) != base.day(i) || base.month(i + 1) != base.month(i);
            if (lastOfDay) {
                sumDailyMax[m] += dayMax;
                sumDailyMin[m] += dayMin;
                days[m]++;
                dayMax = Double.NEGATIVE_INFINITY;
                dayMin = Double.POSITIVE_INFINITY;
            }
        }
        double[] stretch = new double[12];
        for (int m = 0; m < 12; m++) {
            if (monthHours[m] == 0) {
                continue;
            }
            monthMean[m] /= monthHours[m];
            double meanRange = (sumDailyMax[m] - sumDailyMin[m]) / days[m];
            stretch[m] = meanRange > 0 ? dailyRangeChangeK[m] / meanRange : 0;
        }

        double[] dryBulb = new double[n];
        double[] dewPoint = new double[n];
        double[] relativeHumidityPct = new double[n];
        for (int i = 0; i < n; i++) {
            int m = base.month(i) - 1;
            double t0 = base.dryBulbC(i);
            double t = t0 + meanWarmingK[m] + stretch[m] * (t0 - monthMean[m]);
            // relative humidity of the hour as its dry bulb and dew point give it (ASHRAE 2017 ch.1 eq.12)
            double rh = Math.min(1.0, climate.vapourPressurePa(i) / climate.saturationPressurePa(i));
            double vapourPressurePa = rh * Psychrometrics.saturationPressurePa(t);
            dryBulb[i] = t;
            dewPoint[i] = Math.min(t, Psychrometrics.dewPointFromVapourPressure(vapourPressurePa));
            relativeHumidityPct[i] = 100 * rh;
        }
        String name = base.sourceName() + String.format(Locale.ROOT, " morphed %+.2f K (Belcher 2005)",
                average(meanWarmingK));
        return base.withTemperatures(name, dryBulb, dewPoint, relativeHumidityPct);
    }

    private static double average(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
