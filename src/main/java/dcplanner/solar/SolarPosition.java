package dcplanner.solar;

/**
 * Position of the sun seen from a place on the Earth at one instant.
 *
 * <p>Algorithm: J. J. Michalsky, "The Astronomical Almanac's algorithm for approximate solar position
 * (1950-2050)", Solar Energy 40(3), 227-235 (1988), the algorithm NREL's SSC library uses for PVWatts
 * (stated accuracy about 0.01 degree in 1950-2050). Steps, with {@code n} the days from J2000.0 (JD
 * 2451545.0), angles in degrees:
 * <ol>
 * <li>mean longitude {@code L = 280.460 + 0.9856474 n}; mean anomaly {@code g = 357.528 + 0.9856003 n};</li>
 * <li>ecliptic longitude {@code lambda = L + 1.915 sin g + 0.020 sin 2g}; obliquity
 * {@code epsilon = 23.439 - 0.0000004 n};</li>
 * <li>right ascension {@code alpha = atan2(cos epsilon sin lambda, cos lambda)}; declination
 * {@code delta = asin(sin epsilon sin lambda)};</li>
 * <li>Greenwich mean sidereal time {@code GMST = 6.697375 + 0.0657098242 n + UT} (hours); hour angle
 * {@code omega = 15 (GMST + longitude/15) - alpha}, wrapped to -180..180 (negative in the morning);</li>
 * <li>zenith {@code cos z = sin delta sin phi + cos delta cos phi cos omega};</li>
 * <li>refraction (Michalsky eq. for elevation e above -0.56 degree)
 * {@code R = 3.51561 (0.1594 + 0.0196 e + 0.00002 e^2) / (1 + 0.505 e + 0.0845 e^2)}, else 0.56;</li>
 * <li>Earth-sun distance {@code r = 1.00014 - 0.01671 cos g - 0.00014 cos 2g} (AU); equation of time
 * {@code 4 (L - alpha)} minutes.</li>
 * </ol>
 * The azimuth is taken from the quadrant-safe form
 * {@code atan2(-cos delta sin omega, sin delta cos phi - cos delta sin phi cos omega)} (standard
 * spherical astronomy) instead of Michalsky's arcsine form with its quadrant test, which was
 * criticised for some southern-hemisphere cases (J. W. Spencer, comment in Solar Energy 42(4), 1989;
 * SSC replaced it by Iqbal's form). Both give the same angle where the arcsine form is right; the
 * atan2 form is right everywhere, which matters for Jakarta (6 S).
 *
 * <p>Time: the instant is given as a day of the year and a local <em>standard</em> clock time (no
 * daylight saving) with the zone's offset from UTC; hours outside 0..24 roll into the neighbouring
 * day. Universal time is taken equal to terrestrial time (Michalsky's simplification, under 0.001 degree).
 *
 * @param zenithDeg           geometric zenith angle (no refraction), 0..180
 * @param apparentZenithDeg   zenith angle corrected for atmospheric refraction, as seen
 * @param azimuthDeg          degrees clockwise from north (east 90, south 180, west 270)
 * @param declinationDeg      solar declination, north positive
 * @param hourAngleDeg        hour angle, zero at solar noon, negative before noon
 * @param equationOfTimeMin   apparent minus mean solar time, minutes
 * @param earthSunDistanceAu  Earth-sun distance in astronomical units
 */
public record SolarPosition(double zenithDeg, double apparentZenithDeg, double azimuthDeg, double declinationDeg,
        double hourAngleDeg, double equationOfTimeMin, double earthSunDistanceAu) {

    /**
     * Solar constant used for the extraterrestrial irradiance, W/m2: the 1367 W/m2 of the World
     * Radiation Centre scale that the Perez (1990) sky model and PVWatts v5 (SSC) were built with.
     */
    public static final double SOLAR_CONSTANT_W_PER_M2 = 1367.0;

    // slots of the scratch array used by the allocation-free form
    static final int ZENITH = 0;
    static final int APPARENT_ZENITH = 1;
    static final int AZIMUTH = 2;
    static final int DECLINATION = 3;
    static final int HOUR_ANGLE = 4;
    static final int EQUATION_OF_TIME = 5;
    static final int DISTANCE = 6;
    static final int SLOTS = 7;

    /**
     * The sun's position at a local standard time.
     *
     * @param year              calendar year (the algorithm is fitted for 1950-2050)
     * @param dayOfYear         1 = 1 January
     * @param localStandardHour hours since local midnight of {@code dayOfYear} on the standard-time clock
     *                          (12.5 = 12:30); values outside 0..24 are allowed
     * @param latitudeDeg       degrees north (negative south)
     * @param longitudeDeg      degrees east (negative west)
     * @param timeZoneHours     standard-time offset from UTC in hours (Singapore +8, Denver -7)
     */
    public static SolarPosition at(int year, int dayOfYear, double localStandardHour, double latitudeDeg,
            double longitudeDeg, double timeZoneHours) {
        double[] out = new double[SLOTS];
        compute(year, dayOfYear, localStandardHour, latitudeDeg, longitudeDeg, timeZoneHours, out);
        return new SolarPosition(out[ZENITH], out[APPARENT_ZENITH], out[AZIMUTH], out[DECLINATION], out[HOUR_ANGLE],
                out[EQUATION_OF_TIME], out[DISTANCE]);
    }

    /** Solar elevation above the horizon, geometric, degrees. */
    public double elevationDeg() {
        return 90.0 - zenithDeg;
    }

    /** Solar elevation corrected for refraction, degrees. */
    public double apparentElevationDeg() {
        return 90.0 - apparentZenithDeg;
    }

    /** True when the centre of the sun's disc is seen above the horizon. */
    public boolean isAboveHorizon() {
        return apparentZenithDeg < 90.0;
    }

    /** Extraterrestrial irradiance on a plane normal to the sun's rays, W/m2 (1367 / r^2). */
    public double extraterrestrialNormalWPerM2() {
        return SOLAR_CONSTANT_W_PER_M2 / (earthSunDistanceAu * earthSunDistanceAu);
    }

    /**
     * Geometric zenith angle from latitude, declination and hour angle (Duffie and Beckman, Solar
     * Engineering of Thermal Processes, eq. 1.6.5), degrees.
     */
    public static double zenithDeg(double latitudeDeg, double declinationDeg, double hourAngleDeg) {
        double phi = Math.toRadians(latitudeDeg);
        double delta = Math.toRadians(declinationDeg);
        double omega = Math.toRadians(hourAngleDeg);
        double cosZenith = Math.sin(delta) * Math.sin(phi) + Math.cos(delta) * Math.cos(phi) * Math.cos(omega);
        return Math.toDegrees(Math.acos(clamp(cosZenith)));
    }

    /**
     * Solar azimuth, degrees clockwise from north, from latitude, declination and hour angle. At the
     * zenith itself (undefined azimuth) 180 is returned north of the declination, 0 south of it.
     */
    public static double azimuthDeg(double latitudeDeg, double declinationDeg, double hourAngleDeg) {
        double phi = Math.toRadians(latitudeDeg);
        double delta = Math.toRadians(declinationDeg);
        double omega = Math.toRadians(hourAngleDeg);
        return azimuthFrom(phi, delta, omega);
    }

    /**
     * Allocation-free form of {@link #at}: writes the results into {@code out} (length at least
     * {@link #SLOTS}, index constants of this class).
     */
    static void compute(int year, int dayOfYear, double localStandardHour, double latitudeDeg, double longitudeDeg,
            double timeZoneHours, double[] out) {
        double universalHour = localStandardHour - timeZoneHours;
        // Julian date as in Michalsky (1988): 2432916.5 is 0h UT on 31 December 1948
        int yearsSince1949 = year - 1949;
        double julianDate = 2432916.5 + 365.0 * yearsSince1949 + Math.floorDiv(yearsSince1949, 4) + dayOfYear
                + universalHour / 24.0;
        double n = julianDate - 2451545.0;

        double meanLongitudeDeg = wrap360(280.460 + 0.9856474 * n);
        double meanAnomalyRad = Math.toRadians(wrap360(357.528 + 0.9856003 * n));
        double eclipticLongitudeRad = Math.toRadians(wrap360(meanLongitudeDeg + 1.915 * Math.sin(meanAnomalyRad)
                + 0.020 * Math.sin(2.0 * meanAnomalyRad)));
        double obliquityRad = Math.toRadians(23.439 - 0.0000004 * n);

        double sinLambda = Math.sin(eclipticLongitudeRad);
        double rightAscensionRad = Math.atan2(Math.cos(obliquityRad) * sinLambda, Math.cos(eclipticLongitudeRad));
        double declinationRad = Math.asin(Math.sin(obliquityRad) * sinLambda);

        double gmstHours = wrap(6.697375 + 0.0657098242 * n + universalHour, 24.0);
        double localSiderealDeg = 15.0 * gmstHours + longitudeDeg;
        double hourAngleDeg = wrap180(localSiderealDeg - Math.toDegrees(rightAscensionRad));

        double phi = Math.toRadians(latitudeDeg);
        double omega = Math.toRadians(hourAngleDeg);
        double cosZenith = Math.sin(declinationRad) * Math.sin(phi)
                + Math.cos(declinationRad) * Math.cos(phi) * Math.cos(omega);
        double zenithDeg = Math.toDegrees(Math.acos(clamp(cosZenith)));
        double elevationDeg = 90.0 - zenithDeg;
        double refractionDeg;
        if (elevationDeg > -0.56) {
            refractionDeg = 3.51561 * (0.1594 + 0.0196 * elevationDeg + 0.00002 * elevationDeg * elevationDeg)
                    / (1.0 + 0.505 * elevationDeg + 0.0845 * elevationDeg * elevationDeg);
        } else {
            refractionDeg = 0.56;
        }
        double apparentElevationDeg = Math.min(90.0, elevationDeg + refractionDeg);

        out[ZENITH] = zenithDeg;
        out[APPARENT_ZENITH] = 90.0 - apparentElevationDeg;
        out[AZIMUTH] = azimuthFrom(phi, declinationRad, omega);
        out[DECLINATION] = Math.toDegrees(declinationRad);
        out[HOUR_ANGLE] = hourAngleDeg;
        out[EQUATION_OF_TIME] = 4.0 * wrap180(meanLongitudeDeg - wrap360(Math.toDegrees(rightAscensionRad)));
        out[DISTANCE] = 1.00014 - 0.01671 * Math.cos(meanAnomalyRad) - 0.00014 * Math.cos(2.0 * meanAnomalyRad);
    }

    private static double azimuthFrom(double phi, double delta, double omega) {
        double east = -Math.cos(delta) * Math.sin(omega);
        double north = Math.sin(delta) * Math.cos(phi) - Math.cos(delta) * Math.sin(phi) * Math.cos(omega);
        if (east == 0.0 && north == 0.0) {
            return phi >= delta ? 180.0 : 0.0;
        }
        return wrap360(Math.toDegrees(Math.atan2(east, north)));
    }

    private static double clamp(double cosine) {
        return Math.max(-1.0, Math.min(1.0, cosine));
    }

    private static double wrap(double value, double period) {
        double wrapped = value % period;
        return wrapped < 0 ? wrapped + period : wrapped;
    }

    private static double wrap360(double degrees) {
        return wrap(degrees, 360.0);
    }

    private static double wrap180(double degrees) {
        double wrapped = wrap360(degrees);
        return wrapped > 180.0 ? wrapped - 360.0 : wrapped;
    }
}
