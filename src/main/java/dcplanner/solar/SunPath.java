package dcplanner.solar;

import dcplanner.climate.EpwLocation;
import dcplanner.climate.WeatherYear;

/**
 * The sun's position for the hours of an EPW weather year.
 *
 * <p>Time base: an EPW record with hour {@code h} (1..24) holds the irradiation of the hour ending at
 * {@code h}:00 local standard time (EnergyPlus weather data dictionary), so its sun is taken at
 * {@code h - 0.5}. The coordinates and time zone are those of the file's LOCATION line, never those
 * of the site that uses the file: the irradiance time stamps follow the file's own time base (two
 * bundled files carry UTC+7 where the legal time is UTC+8, and proxy sites borrow another station's
 * weather).
 *
 * <p>Calendar: weather files for a typical year mix months of different years and the reader does
 * not keep the year, so the solar geometry is computed for a reference year, 2019 (2020 for an
 * 8784-hour file). Within the four-year leap cycle the declination for a given date moves by at most
 * about 0.3 degree, negligible for hourly energy.
 */
public final class SunPath {

    /** Year used for the solar geometry of a 365-day weather year. */
    public static final int REFERENCE_YEAR = 2019;
    /** Year used for the solar geometry of a 366-day weather year. */
    public static final int REFERENCE_LEAP_YEAR = 2020;

    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    /** Bisection steps locating sunrise or sunset within an hour: 2^-20 h, under 0.01 s. */
    private static final int HORIZON_SEARCH_STEPS = 20;

    private SunPath() {
    }

    /** The year whose calendar is used for {@code weather}. */
    public static int referenceYear(WeatherYear weather) {
        return weather.hours() > 8760 ? REFERENCE_LEAP_YEAR : REFERENCE_YEAR;
    }

    /** Day of the year (1 = 1 January) of a month and day. */
    public static int dayOfYear(int month, int day, boolean leapYear) {
        return DAYS_BEFORE_MONTH[month - 1] + day + (leapYear && month > 2 ? 1 : 0);
    }

    /** Day of the year of hour {@code i} of {@code weather}. */
    public static int dayOfYear(WeatherYear weather, int i) {
        return dayOfYear(weather.month(i), weather.day(i), weather.hours() > 8760);
    }

    /** The sun at the middle of hour {@code i} of {@code weather}, from the file's coordinates and time zone. */
    public static SolarPosition atMidHour(WeatherYear weather, int i) {
        EpwLocation location = weather.location();
        return SolarPosition.at(referenceYear(weather), dayOfYear(weather, i), weather.hourOfDay(i) - 0.5,
                location.latitudeDeg(), location.longitudeDeg(), location.timeZoneHours());
    }

    /**
     * Checks that the irradiance of {@code weather} lines up with the sun of its own coordinates and
     * time zone (see {@link IrradianceAlignment}). For the shift search the sun's declination is held
     * at its mid-hour value and the hour angle advanced by 15 degrees per hour, which is within 0.05
     * degree of the full computation over the +-1.5 h searched.
     */
    public static IrradianceAlignment alignment(WeatherYear weather) {
        EpwLocation location = weather.location();
        double phi = Math.toRadians(location.latitudeDeg());
        int year = referenceYear(weather);
        int hours = weather.hours();
        // cos(zenith) = a + b cos(hour angle) per hour, from the mid-hour sun
        double[] constantTerm = new double[hours];
        double[] hourAngleTerm = new double[hours];
        double[] hourAngleRad = new double[hours];
        double[] ghi = new double[hours];
        double sumGhi = 0;
        double sumGhiSquared = 0;
        int litHours = 0;
        int sunUp = 0;
        double weightedHourAngle = 0;
        double[] sun = new double[SolarPosition.SLOTS];
        for (int i = 0; i < hours; i++) {
            SolarPosition.compute(year, dayOfYear(weather, i), weather.hourOfDay(i) - 0.5, location.latitudeDeg(),
                    location.longitudeDeg(), location.timeZoneHours(), sun);
            double delta = Math.toRadians(sun[SolarPosition.DECLINATION]);
            constantTerm[i] = Math.sin(delta) * Math.sin(phi);
            hourAngleTerm[i] = Math.cos(delta) * Math.cos(phi);
            hourAngleRad[i] = Math.toRadians(sun[SolarPosition.HOUR_ANGLE]);
            ghi[i] = Math.max(0.0, weather.globalHorizontalWhM2(i));
            sumGhi += ghi[i];
            sumGhiSquared += ghi[i] * ghi[i];
            if (ghi[i] > 0) {
                litHours++;
                if (sun[SolarPosition.APPARENT_ZENITH] < 90.0) {
                    sunUp++;
                }
                weightedHourAngle += ghi[i] * sun[SolarPosition.HOUR_ANGLE];
            }
        }
        int steps = (int) Math.round(IrradianceAlignment.SEARCH_RANGE_HOURS / IrradianceAlignment.SEARCH_STEP_HOURS);
        double bestShift = 0;
        double bestCorrelation = Double.NEGATIVE_INFINITY;
        double correlationAtZero = 0;
        for (int k = -steps; k <= steps; k++) {
            double shiftHours = Math.rint(k * IrradianceAlignment.SEARCH_STEP_HOURS * 1000.0) / 1000.0;
            double shiftRad = Math.toRadians(15.0 * shiftHours);
            double sumX = 0;
            double sumXx = 0;
            double sumXy = 0;
            for (int i = 0; i < hours; i++) {
                double x = Math.max(0.0, constantTerm[i] + hourAngleTerm[i] * Math.cos(hourAngleRad[i] + shiftRad));
                sumX += x;
                sumXx += x * x;
                sumXy += x * ghi[i];
            }
            double covariance = hours * sumXy - sumX * sumGhi;
            double spread = Math.sqrt((hours * sumXx - sumX * sumX) * (hours * sumGhiSquared - sumGhi * sumGhi));
            double correlation = spread > 0 ? covariance / spread : 0.0;
            if (k == 0) {
                correlationAtZero = correlation;
            }
            if (correlation > bestCorrelation) {
                bestCorrelation = correlation;
                bestShift = shiftHours;
            }
        }
        return new IrradianceAlignment(litHours, litHours == 0 ? 1.0 : (double) sunUp / litHours,
                sumGhi > 0 ? weightedHourAngle / sumGhi : 0.0, bestShift, bestCorrelation, correlationAtZero);
    }

    /**
     * The sun's position representative of the hour ending at {@code hourEnd} (local standard hours):
     * the middle of the hour when the sun is up all hour, the middle of the sunlit part in the hours of
     * sunrise and sunset, so that the irradiation recorded in those hours meets a sun above the
     * horizon instead of being dropped (a choice of this model; SSC's irradiance processor is said to
     * treat sunrise and sunset hours alike, which was not checked).
     * Writes the position into {@code out} (slots of {@link SolarPosition}); returns false when the
     * sun stays below the horizon all hour.
     */
    static boolean sunlitPosition(int year, int dayOfYear, double hourEnd, double latitudeDeg, double longitudeDeg,
            double timeZoneHours, double[] out) {
        double start = hourEnd - 1.0;
        SolarPosition.compute(year, dayOfYear, start, latitudeDeg, longitudeDeg, timeZoneHours, out);
        boolean upAtStart = out[SolarPosition.APPARENT_ZENITH] < 90.0;
        SolarPosition.compute(year, dayOfYear, hourEnd, latitudeDeg, longitudeDeg, timeZoneHours, out);
        boolean upAtEnd = out[SolarPosition.APPARENT_ZENITH] < 90.0;
        double from = start;
        double to = hourEnd;
        if (upAtStart != upAtEnd) {
            // one crossing of the horizon within the hour: find it, keep the sunlit side
            double below = upAtStart ? hourEnd : start;
            double above = upAtStart ? start : hourEnd;
            for (int step = 0; step < HORIZON_SEARCH_STEPS; step++) {
                double middle = 0.5 * (below + above);
                SolarPosition.compute(year, dayOfYear, middle, latitudeDeg, longitudeDeg, timeZoneHours, out);
                if (out[SolarPosition.APPARENT_ZENITH] < 90.0) {
                    above = middle;
                } else {
                    below = middle;
                }
            }
            if (upAtStart) {
                to = above;
            } else {
                from = above;
            }
        }
        SolarPosition.compute(year, dayOfYear, 0.5 * (from + to), latitudeDeg, longitudeDeg, timeZoneHours, out);
        // down at both ends: up in the middle only in polar edge cases
        return out[SolarPosition.APPARENT_ZENITH] < 90.0;
    }
}
