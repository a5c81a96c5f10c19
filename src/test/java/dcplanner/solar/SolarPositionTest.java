package dcplanner.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Michalsky (1988) against published values. Tolerances follow the algorithm's stated accuracy
 * (about 0.01 degree, 1950-2050) unless a note says why a value differs by construction.
 */
class SolarPositionTest {

    // NREL SPA worked example: I. Reda, A. Andreas, "Solar Position Algorithm for Solar Radiation
    // Applications", NREL/TP-560-34302 (revised 2008), Appendix A.5, Table A5.1:
    // Golden, Colorado, 17 October 2003 (day 290), 12:30:30 local standard time, UTC-7.
    private static final double SPA_LATITUDE_DEG = 39.742476;
    private static final double SPA_LONGITUDE_DEG = -105.1786;
    private static final double SPA_TIME_ZONE_H = -7.0;
    private static final int SPA_YEAR = 2003;
    private static final int SPA_DAY = 290;

    private static SolarPosition spa(double localHour) {
        return SolarPosition.at(SPA_YEAR, SPA_DAY, localHour, SPA_LATITUDE_DEG, SPA_LONGITUDE_DEG, SPA_TIME_ZONE_H);
    }

    private static double hms(int hours, int minutes, double seconds) {
        return hours + minutes / 60.0 + seconds / 3600.0;
    }

    @Test
    void spaWorkedExampleDeclinationHourAngleAzimuth() {
        SolarPosition sun = spa(hms(12, 30, 30));
        // Table A5.1: geocentric declination -9.31434, observer hour angle 11.105900, azimuth 194.34024
        assertThat(sun.declinationDeg()).isCloseTo(-9.31434, within(0.01));
        assertThat(sun.hourAngleDeg()).isCloseTo(11.105900, within(0.01));
        assertThat(sun.azimuthDeg()).isCloseTo(194.34024, within(0.01));
    }

    @Test
    void spaWorkedExampleZenith() {
        // Table A5.1: topocentric zenith 50.11162, refraction included (SPA at 820 mbar, 11 C; Michalsky's
        // refraction is for sea level, 0.004 degree more at this height) and parallax (0.002 degree)
        assertThat(spa(hms(12, 30, 30)).apparentZenithDeg()).isCloseTo(50.11162, within(0.02));
    }

    @Test
    void spaWorkedExampleEquationOfTimeAndDistance() {
        SolarPosition sun = spa(hms(12, 30, 30));
        // Table A5.1: E = 14.641503 minutes, R = 0.9965422974 AU
        assertThat(sun.equationOfTimeMin()).isCloseTo(14.641503, within(0.05));
        assertThat(sun.earthSunDistanceAu()).isCloseTo(0.9965422974, within(1e-4));
    }

    @Test
    void spaTransitIsSolarNoonWithZenithLatitudeMinusDeclination() {
        // Table A5.1: sun transit 18:46:04.97 UT = 11:46:04.97 local standard time
        SolarPosition noon = spa(hms(11, 46, 4.97));
        assertThat(noon.hourAngleDeg()).isCloseTo(0.0, within(0.01));
        assertThat(noon.azimuthDeg()).isCloseTo(180.0, within(0.01));
        // Duffie and Beckman: at solar noon the zenith is |latitude - declination|
        assertThat(noon.zenithDeg()).isCloseTo(Math.abs(SPA_LATITUDE_DEG - noon.declinationDeg()), within(1e-3));
        // and with the published declination (which moves 0.01 degree in the 1 h 16 min between)
        assertThat(noon.zenithDeg()).isCloseTo(SPA_LATITUDE_DEG + 9.31434, within(0.03));
    }

    @Test
    void spaSunriseIsWhereTheCentreIsAtMinus0833Degrees() {
        // Table A5.1: sunrise 13:12:43.46 UT = 06:12:43.46 local; SPA defines sunrise as the geometric
        // centre of the sun at h0' = -0.8333 degree (refraction 0.5667 plus the sun's semi-diameter)
        assertThat(spa(hms(6, 12, 43.46)).elevationDeg()).isCloseTo(-0.8333, within(0.02));
    }

    /**
     * Declination at the 2019 equinoxes and solstices (times in UTC as published by the US Naval
     * Observatory, e.g. on timeanddate.com and equinoxworld.org): 0 at the equinoxes, plus or minus the
     * obliquity, 23.44 degrees, at the solstices.
     */
    @ParameterizedTest(name = "day {0} {1} h UTC: declination {2}")
    @CsvSource({
        "79, 21.9667, 0.0",     // 20 March 21:58
        "172, 15.9, 23.44",     // 21 June 15:54
        "266, 7.8333, 0.0",     // 23 September 07:50
        "356, 4.3167, -23.44",  // 22 December 04:19
    })
    void declinationAtTheEquinoxesAndSolstices(int dayOfYear, double utcHour, double expectedDeg) {
        assertThat(SolarPosition.at(2019, dayOfYear, utcHour, 0, 0, 0).declinationDeg())
                .isCloseTo(expectedDeg, within(0.01));
    }

    @Test
    void southernHemisphereNoonSunIsNorthInJuneAndSouthInDecember() {
        // Jakarta (6.1255 S, 106.659 E, UTC+7): azimuth must come out of the right quadrant south of the equator
        SolarPosition june = solarNoon(2019, 172, -6.1255, 106.659, 7);
        assertThat(june.azimuthDeg()).satisfiesAnyOf(az -> assertThat(az).isCloseTo(0.0, within(0.05)),
                az -> assertThat(az).isCloseTo(360.0, within(0.05)));
        assertThat(june.zenithDeg()).isCloseTo(6.1255 + june.declinationDeg(), within(1e-3));
        SolarPosition december = solarNoon(2019, 355, -6.1255, 106.659, 7);
        assertThat(december.azimuthDeg()).isCloseTo(180.0, within(0.05));
        assertThat(december.zenithDeg()).isCloseTo(-december.declinationDeg() - 6.1255, within(1e-3));
        // mornings east, afternoons west
        assertThat(SolarPosition.at(2019, 172, 8.0, -6.1255, 106.659, 7).azimuthDeg()).isBetween(0.0, 180.0);
        assertThat(SolarPosition.at(2019, 172, 16.0, -6.1255, 106.659, 7).azimuthDeg()).isBetween(180.0, 360.0);
    }

    @Test
    void geometryHelpersAgreeWithTheFullAlgorithm() {
        SolarPosition sun = spa(hms(12, 30, 30));
        assertThat(SolarPosition.zenithDeg(SPA_LATITUDE_DEG, sun.declinationDeg(), sun.hourAngleDeg()))
                .isCloseTo(sun.zenithDeg(), within(1e-9));
        assertThat(SolarPosition.azimuthDeg(SPA_LATITUDE_DEG, sun.declinationDeg(), sun.hourAngleDeg()))
                .isCloseTo(sun.azimuthDeg(), within(1e-9));
    }

    @Test
    void everyHourOfTheYearIsFiniteFromPoleToPole() {
        for (double latitude : new double[] {-90, -66.5, -6.1, 0, 1.37, 23.44, 89.99, 90}) {
            for (int day = 1; day <= 365; day++) {
                for (int hour = 0; hour <= 24; hour++) {
                    SolarPosition sun = SolarPosition.at(2019, day, hour, latitude, 103.98, 8);
                    assertThat(java.util.List.of(sun.zenithDeg(), sun.apparentZenithDeg(), sun.azimuthDeg(),
                        sun.declinationDeg(), sun.hourAngleDeg(), sun.equationOfTimeMin(),
                        sun.extraterrestrialNormalWPerM2())).allMatch(Double::isFinite);
                    assertThat(sun.zenithDeg()).isBetween(0.0, 180.0);
                    assertThat(sun.azimuthDeg()).isBetween(0.0, 360.0);
                }
            }
        }
    }

    /** The sun at the instant its hour angle is zero, found by two fixed-point steps on the local time. */
    private static SolarPosition solarNoon(int year, int day, double latitude, double longitude, double zone) {
        double hour = 12.0;
        for (int i = 0; i < 3; i++) {
            hour -= SolarPosition.at(year, day, hour, latitude, longitude, zone).hourAngleDeg() / 15.0;
        }
        return SolarPosition.at(year, day, hour, latitude, longitude, zone);
    }
}
