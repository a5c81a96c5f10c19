package dcplanner.climate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Shift-and-stretch morphing (Belcher, Hacker and Powell 2005) of the Singapore weather year. */
class WeatherMorphTest {

    private static final SiteClimate SINGAPORE = new ClimateLibrary(SiteCatalogue.bundled()).site("singapore");

    @Test
    void aPureShiftKeepsTheHoursMovesTheMeanByTheWarmingAndHoldsRelativeHumidity() {
        SiteClimate warmer = WeatherMorph.morph(SINGAPORE, 2.0, 0.0);

        assertThat(warmer.hours()).isEqualTo(SINGAPORE.hours()).isEqualTo(8760);
        assertThat(meanDryBulb(warmer) - meanDryBulb(SINGAPORE)).isCloseTo(2.0, within(1e-9));
        for (int i = 0; i < SINGAPORE.hours(); i++) {
            assertThat(warmer.dryBulbC(i) - SINGAPORE.dryBulbC(i)).isCloseTo(2.0, within(1e-9));
            assertThat(relativeHumidity(warmer, i)).isCloseTo(relativeHumidity(SINGAPORE, i), within(1e-6));
            assertThat(warmer.stationPressurePa(i)).isEqualTo(SINGAPORE.stationPressurePa(i));
            // same relative humidity at a higher temperature: more vapour, so a higher dew point and wet bulb
            assertThat(warmer.dewPointC(i)).isGreaterThan(SINGAPORE.dewPointC(i));
            assertThat(warmer.wetBulbC(i)).isGreaterThan(SINGAPORE.wetBulbC(i));
            assertThat(warmer.weather().globalHorizontalWhM2(i)).isEqualTo(SINGAPORE.weather().globalHorizontalWhM2(i));
        }
    }

    @Test
    void theStretchWidensTheMeanDailyRangeByTheGivenChangeAndKeepsTheMeanShift() {
        SiteClimate stretched = WeatherMorph.morph(SINGAPORE, 1.5, 0.8);

        assertThat(meanDryBulb(stretched) - meanDryBulb(SINGAPORE)).isCloseTo(1.5, within(1e-9));
        // stretching about each month's mean scales every day's range by the same factor
        assertThat(meanDailyRange(stretched) - meanDailyRange(SINGAPORE)).isCloseTo(0.8, within(1e-9));
    }

    private static double meanDryBulb(SiteClimate climate) {
        double sum = 0;
        for (int i = 0; i < climate.hours(); i++) {
            sum += climate.dryBulbC(i);
        }
        return sum / climate.hours();
    }

    private static double relativeHumidity(SiteClimate climate, int i) {
        return Psychrometrics.saturationPressurePa(climate.dewPointC(i))
                / Psychrometrics.saturationPressurePa(climate.dryBulbC(i));
    }

    private static double meanDailyRange(SiteClimate climate) {
        double sum = 0;
        int days = climate.hours() / 24;
        for (int d = 0; d < days; d++) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int h = 0; h < 24; h++) {
                max = Math.max(max, climate.dryBulbC(d * 24 + h));
                min = Math.min(min, climate.dryBulbC(d * 24 + h));
            }
            sum += max - min;
        }
        return sum / days;
    }
}
