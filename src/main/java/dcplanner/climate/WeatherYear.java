package dcplanner.climate;

import java.util.List;

/**
 * One year of hourly weather as read from an EPW file, missing values already filled.
 *
 * <p>Immutable: the arrays are private and read through per-hour accessors, which the JIT inlines,
 * so that the hourly simulation can read them without copying.
 */
public final class WeatherYear {

    private final String sourceName;
    private final EpwLocation location;
    private final List<String> comments;
    private final int[] month;
    private final int[] day;
    private final int[] hourOfDay;
    private final double[] dryBulbC;
    private final double[] dewPointC;
    private final double[] relativeHumidityPct;
    private final double[] stationPressurePa;
    private final double[] globalHorizontalWhM2;
    private final double[] directNormalWhM2;
    private final double[] diffuseHorizontalWhM2;
    private final double[] windSpeedMPerS;
    private final List<GapFill> gapFills;
    private final java.time.DayOfWeek firstDayOfWeek;

    WeatherYear(String sourceName, EpwLocation location, List<String> comments, int[] month, int[] day,
            int[] hourOfDay, double[] dryBulbC, double[] dewPointC, double[] relativeHumidityPct,
            double[] stationPressurePa, double[] globalHorizontalWhM2, double[] directNormalWhM2,
            double[] diffuseHorizontalWhM2, double[] windSpeedMPerS, List<GapFill> gapFills,
            java.time.DayOfWeek firstDayOfWeek) {
        this.firstDayOfWeek = firstDayOfWeek;
        this.sourceName = sourceName;
        this.location = location;
        this.comments = List.copyOf(comments);
        this.month = month;
        this.day = day;
        this.hourOfDay = hourOfDay;
        this.dryBulbC = dryBulbC;
        this.dewPointC = dewPointC;
        this.relativeHumidityPct = relativeHumidityPct;
        this.stationPressurePa = stationPressurePa;
        this.globalHorizontalWhM2 = globalHorizontalWhM2;
        this.directNormalWhM2 = directNormalWhM2;
        this.diffuseHorizontalWhM2 = diffuseHorizontalWhM2;
        this.windSpeedMPerS = windSpeedMPerS;
        this.gapFills = List.copyOf(gapFills);
    }

    /**
     * Weather given hour by hour rather than read from a file (design days, single test conditions).
     * Relative humidity is derived from dry bulb and dew point; irradiance and wind are zero.
     */
    public static WeatherYear of(String name, EpwLocation location, int[] month, int[] day, int[] hourOfDay,
            double[] dryBulbC, double[] dewPointC, double[] stationPressurePa) {
        int n = dryBulbC.length;
        if (month.length != n || day.length != n || hourOfDay.length != n || dewPointC.length != n
                || stationPressurePa.length != n) {
            throw new IllegalArgumentException("all hourly arrays must have the same length (" + n + ")");
        }
        double[] rh = new double[n];
        for (int i = 0; i < n; i++) {
            if (dewPointC[i] > dryBulbC[i]) {
                throw new IllegalArgumentException("hour " + (i + 1) + ": dew point " + dewPointC[i]
                        + " C is above the dry bulb " + dryBulbC[i] + " C");
            }
            rh[i] = 100 * Psychrometrics.saturationPressurePa(dewPointC[i])
                    / Psychrometrics.saturationPressurePa(dryBulbC[i]);
        }
        double[] zeros = new double[n];
        return new WeatherYear(name, location, List.of(), month.clone(), day.clone(), hourOfDay.clone(),
                dryBulbC.clone(), dewPointC.clone(), rh, stationPressurePa.clone(), zeros, zeros, zeros, zeros,
                List.of(), java.time.DayOfWeek.MONDAY);
    }

    /**
     * The same weather with every station pressure multiplied by {@code factor}: used when a
     * proxy site at another elevation borrows this weather year.
     */
    public WeatherYear withPressureScaled(double factor) {
        double[] scaled = new double[stationPressurePa.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = stationPressurePa[i] * factor;
        }
        return new WeatherYear(sourceName, location, comments, month, day, hourOfDay, dryBulbC, dewPointC,
                relativeHumidityPct, scaled, globalHorizontalWhM2, directNormalWhM2, diffuseHorizontalWhM2,
                windSpeedMPerS, gapFills, firstDayOfWeek);
    }

    /**
     * The same hours, irradiance, wind and pressure with other temperatures and humidity (a morphed
     * year), under another name; the unchanged arrays are shared, as in {@link #withPressureScaled}.
     */
    WeatherYear withTemperatures(String name, double[] dryBulbC, double[] dewPointC, double[] relativeHumidityPct) {
        return new WeatherYear(name, location, comments, month, day, hourOfDay, dryBulbC, dewPointC,
                relativeHumidityPct, stationPressurePa, globalHorizontalWhM2, directNormalWhM2, diffuseHorizontalWhM2,
                windSpeedMPerS, gapFills, firstDayOfWeek);
    }

    /** File name the weather came from. */
    public String sourceName() {
        return sourceName;
    }

    public EpwLocation location() {
        return location;
    }

    /** The COMMENTS 1 and COMMENTS 2 header lines (period of record, origin). */
    public List<String> comments() {
        return comments;
    }

    /** Number of hours in the year (8760, or 8784 in a leap year). */
    public int hours() {
        return dryBulbC.length;
    }

    /** Calendar month 1..12 of hour index {@code i} (0-based). */
    public int month(int i) {
        return month[i];
    }

    public int day(int i) {
        return day[i];
    }

    /** EPW hour 1..24 (hour 1 is 00:00-01:00 local standard time). */
    public int hourOfDay(int i) {
        return hourOfDay[i];
    }

    public double dryBulbC(int i) {
        return dryBulbC[i];
    }

    public double dewPointC(int i) {
        return dewPointC[i];
    }

    public double relativeHumidityPct(int i) {
        return relativeHumidityPct[i];
    }

    public double stationPressurePa(int i) {
        return stationPressurePa[i];
    }

    /** Global horizontal irradiation over the hour ending at this record, Wh/m2. */
    public double globalHorizontalWhM2(int i) {
        return globalHorizontalWhM2[i];
    }

    public double directNormalWhM2(int i) {
        return directNormalWhM2[i];
    }

    public double diffuseHorizontalWhM2(int i) {
        return diffuseHorizontalWhM2[i];
    }

    public double windSpeedMPerS(int i) {
        return windSpeedMPerS[i];
    }

    /**
     * Day of the week of hour {@code i}, counted from the start day the file's DATA PERIODS line
     * gives for its first day (typical years are stitched from several years: this is the
     * calendar the file declares).
     */
    public java.time.DayOfWeek dayOfWeek(int i) {
        return firstDayOfWeek.plus(i / 24);
    }

    /** Values that were missing or inconsistent in the file and how they were filled. */
    public List<GapFill> gapFills() {
        return gapFills;
    }
}
