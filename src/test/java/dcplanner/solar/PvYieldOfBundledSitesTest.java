package dcplanner.solar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.climate.WeatherYear;

/**
 * Plausibility of the annual yield on the bundled weather years.
 *
 * <p>Range used: annual AC yield (kWh/kWp) between 0.70 and 0.85 times the file's annual global
 * horizontal irradiation (kWh/m2). Why: yield / GHI = (POA / GHI) x PR. With the PVWatts defaults the
 * fixed factors alone give PR at most (1 - 0.1408) x 0.96 = 0.825 (DC losses, inverter); cover
 * reflection (2-4 %) and hot tropical cells (irradiance-weighted cell temperatures of 45-55 C cost
 * 9-14 % at -0.47 %/C) bring it to about 0.70-0.78; POA / GHI of equator-facing arrays tilted at most
 * 21 degrees in the tropics is about 0.97-1.06. Below 0.70 or above 0.85 means a broken chain (a lost
 * component, wrong geometry, a temperature sign error), not a climate.
 */
class PvYieldOfBundledSitesTest {

    private static final ClimateLibrary LIBRARY = new ClimateLibrary(SiteCatalogue.bundled());

    private static PvYield defaultYield(String siteId) {
        WeatherYear weather = LIBRARY.site(siteId).weather();
        return PvModel.withDefaultsFor(weather).simulate(weather);
    }

    @Test
    void singaporeYieldIsWithinTheTropicalPerformanceRange() {
        PvYield yield = defaultYield("singapore");
        double ghi = yield.annualGhiKwhPerM2();
        assertThat(yield.annualAcKwhPerKwp()).isBetween(0.70 * ghi, 0.85 * ghi);
        assertThat(yield.performanceRatio()).isBetween(0.70, 0.85);
        assertThat(yield.system().tiltDeg()).isEqualTo(10.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"singapore", "singapore-1963-2017", "johor-bahru", "kuala-lumpur", "jakarta", "bangkok",
        "manila", "hanoi", "ho-chi-minh-city", "yangon"})
    void everyBundledYearGivesAPlausibleFiniteBoundedYield(String siteId) {
        WeatherYear weather = LIBRARY.site(siteId).weather();
        PvYield yield = PvModel.withDefaultsFor(weather).simulate(weather);
        double ghi = yield.annualGhiKwhPerM2();
        assertThat(yield.annualAcKwhPerKwp()).isBetween(0.70 * ghi, 0.85 * ghi);
        assertThat(yield.hours()).isEqualTo(weather.hours());
        double nameplate = yield.system().acNameplateKwPerKwp();
        for (int i = 0; i < weather.hours(); i++) {
            double ac = yield.acKwhPerKwp(i);
            assertThat(ac).isFinite().isBetween(0.0, nameplate);
            if (weather.globalHorizontalWhM2(i) <= 0) {
                assertThat(ac).isZero();
            }
        }
        assertThat(yield.annualClippedKwhPerKwp()).isGreaterThanOrEqualTo(0.0);
        assertThat(yield.capacityFactor()).isBetween(0.0, 1.0);
    }

    @Test
    void aProxySiteUsesTheGeometryOfTheWeatherItBorrows() {
        // Phnom Penh borrows the Bangkok year: the sun must be Bangkok's, or the hours would not match the light
        WeatherYear borrowed = LIBRARY.site("phnom-penh").weather();
        assertThat(borrowed.location().latitudeDeg()).isEqualTo(13.7264);
        assertThat(PvModel.withDefaultsFor(borrowed).simulate(borrowed).hourlyAcKwhPerKwp())
                .containsExactly(defaultYield("bangkok").hourlyAcKwhPerKwp());
    }
}
