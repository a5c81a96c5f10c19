package dcplanner.climate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClimateStatisticsTest {

    /** A saturated year whose dry bulb rises by 0.001 K each hour from 20 C: every statistic by hand. */
    private static SiteClimate risingSaturatedYear() {
        int n = 8760;
        int[] month = new int[n];
        int[] day = new int[n];
        int[] hour = new int[n];
        double[] dryBulb = new double[n];
        double[] pressure = new double[n];
        int[] daysInMonth = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int i = 0;
        for (int m = 0; m < 12; m++) {
            for (int d = 1; d <= daysInMonth[m]; d++) {
                for (int h = 1; h <= 24; h++) {
                    month[i] = m + 1;
                    day[i] = d;
                    hour[i] = h;
                    dryBulb[i] = 20 + 0.001 * i;
                    pressure[i] = 101325;
                    i++;
                }
            }
        }
        double[] zeros = new double[n];
        WeatherYear weather = new WeatherYear("rising.epw",
                new EpwLocation("Rising", "", "SGP", "test", "0", 1, 104, 8, 0), List.of(), month, day, hour,
                dryBulb, dryBulb.clone(), filled(n, 100), pressure, zeros, zeros, zeros, zeros, List.of(),
                java.time.DayOfWeek.MONDAY);
        Site site = new Site("rising", "Rising", "SGP", "Singapore", 1, 104, 0, 8, "rising.epw", "test", "test",
                "", "", "", "");
        return SiteClimate.of(site, weather);
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, value);
        return values;
    }

    @Test
    void annualStatisticsByHand() {
        ClimateStatistics annual = ClimateStatistics.annual(risingSaturatedYear());
        assertThat(annual.hours()).isEqualTo(8760);
        // mean of 20 + 0.001 i over i = 0..8759 = 20 + 0.001 * 8759 / 2
        assertThat(annual.meanDryBulbC()).isCloseTo(24.3795, within(1e-9));
        assertThat(annual.maxDryBulbC()).isCloseTo(28.759, within(1e-9));
        // saturated air: wet bulb and dew point equal the dry bulb
        assertThat(annual.meanWetBulbC()).isCloseTo(24.3795, within(1e-5));
        assertThat(annual.meanDewPointC()).isCloseTo(24.3795, within(1e-9));
        // 99.6th percentile, rank (n - 1) * 0.996 = 8723.964 -> 20 + 0.001 * 8723.964
        assertThat(annual.dryBulb0p4PctC()).isCloseTo(28.723964, within(1e-9));
        assertThat(annual.wetBulb0p4PctC()).isCloseTo(28.723964, within(1e-5));
        // below 24 C: i < 4000; below 20 C: none
        assertThat(annual.hoursDryBulbBelow24C()).isEqualTo(4000);
        assertThat(annual.hoursWetBulbBelow24C()).isEqualTo(4000);
        assertThat(annual.hoursWetBulbBelow20C()).isZero();
    }

    @Test
    void monthlyStatisticsByHand() {
        List<ClimateStatistics> months = ClimateStatistics.monthly(risingSaturatedYear());
        assertThat(months).hasSize(12);
        assertThat(months.get(0).month()).isEqualTo(1);
        assertThat(months.get(0).hours()).isEqualTo(744);
        assertThat(months.get(0).meanDryBulbC()).isCloseTo(20.3715, within(1e-9)); // 20 + 0.001 * 743 / 2
        assertThat(months.get(1).hours()).isEqualTo(672);
        // February: hours 744..1415, mean 20 + 0.001 * (744 + 1415) / 2
        assertThat(months.get(1).meanDryBulbC()).isCloseTo(21.0795, within(1e-9));
        assertThat(months.stream().mapToInt(ClimateStatistics::hours).sum()).isEqualTo(8760);
    }

    @Test
    void percentileInterpolatesBetweenRanks() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(ClimateStatistics.percentileOfSorted(sorted, 0.5)).isEqualTo(3.0);
        assertThat(ClimateStatistics.percentileOfSorted(sorted, 0.9)).isCloseTo(4.6, within(1e-12));
        assertThat(ClimateStatistics.percentileOfSorted(sorted, 1.0)).isEqualTo(5.0);
    }

    @Test
    void proxySiteBorrowsWeatherWithScaledPressureAndSaysSo() {
        ClimateLibrary library = new ClimateLibrary(SiteCatalogue.bundled());
        SiteClimate yangon = library.site("yangon");
        SiteClimate vientiane = library.site("vientiane");
        assertThat(vientiane.site().isProxy()).isTrue();
        assertThat(vientiane.hours()).isEqualTo(yangon.hours());
        assertThat(vientiane.dryBulbC(4000)).isEqualTo(yangon.dryBulbC(4000));
        // standard atmosphere ratio between 172 m and the file's 33.2 m
        double ratio = Psychrometrics.standardPressurePa(172) / Psychrometrics.standardPressurePa(33.2);
        assertThat(vientiane.stationPressurePa(4000)).isCloseTo(yangon.stationPressurePa(4000) * ratio,
                within(1e-6));
        assertThat(vientiane.warnings()).anyMatch(w -> w.startsWith("proxy climate: Vientiane")
                && w.contains("Yangon"));
        assertThat(yangon.warnings()).isEmpty();
        // loaded once, shared by every later use
        assertThat(library.site("vientiane")).isSameAs(vientiane);
    }

    @Test
    void everyCountryOfAseanHasASite() {
        assertThat(SiteCatalogue.bundled().all()).extracting(Site::countryIso3)
                .contains("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM");
    }
}
