package dcplanner.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class LifecycleModelTest {

    private static final CapexBreakdown CAPEX = new CapexBreakdown(100, 0, 0, 0, 0, 0, 0);

    private static OperatingYear year(double utilisation) {
        double[] peaks = new double[12];
        Arrays.fill(peaks, 10);
        // 1500 kWh from the grid, 1000 L of water
        return new OperatingYear(utilisation, 1000, 1500, 1500, 0, peaks, 0, 1000, 0);
    }

    private static LifecycleInputs inputs(List<OperatingYear> years, double revenue, TreeMap<Integer, Double> carbon,
            double batteryLife) {
        Tariff flat = new Tariff(0.1, false, 0, 0, 0, 0, Tariff.PeakDays.EVERY_DAY, 0);
        return new LifecycleInputs(2027, 1, years, 0.10, flat, 0, 0, 0, 0, 0, 2.0, carbon, 500, 0.01, 5, 0, 0,
                batteryLife, 0.5, 0, 0, revenue, 10, 0, 0, 5);
    }

    @Test
    void totalCostOfOwnershipByHand() {
        // construction year: 100; each operating year: electricity 1500 x 0.1 = 150, water 1 m3 x 2 = 2,
        // maintenance 1% x 100 = 1, staff 5: 158. End-of-year discounting at 10%:
        // 100/1.1 + 158/1.1^2 + 158/1.1^3 = 90.90909 + 130.57851 + 118.70774 = 340.19534
        LifecycleResult result = LifecycleModel.run(CAPEX, inputs(List.of(year(0.5), year(0.5)), Double.NaN,
                new TreeMap<>(), 0));
        assertThat(result.firstYearOpex().totalUsd()).isCloseTo(158, within(1e-9));
        assertThat(result.tcoNpvUsd()).isCloseTo(340.19534, within(1e-4));
        // levelised cost of capacity: 10 kW x 12 months in each operating year, discounted the same way:
        // 340.19534 / (120/1.21 + 120/1.331) = 340.19534 / 189.33133 = 1.796825
        assertThat(result.lcocUsdPerKwMonth()).isCloseTo(1.796825, within(1e-5));
        assertThat(result.lcocUsdPerUtilisedKwMonth()).isCloseTo(2 * 1.796825, within(2e-5));
        assertThat(result.irr()).isEmpty();
        // operational CO2: 1500 kWh x 500 g/kWh = 0.75 t a year, two years
        assertThat(result.operationalCo2LocationT()).isCloseTo(1.5, within(1e-12));
        assertThat(result.years()).hasSize(3);
        assertThat(result.years().get(0).operating()).isFalse();
        assertThat(result.years().get(1).calendarYear()).isEqualTo(2028);
    }

    @Test
    void revenueGivesTheRateOfReturnAndPayback() {
        // rent 20 USD/kW-month x 10 kW x 0.5 x 12 = 1200 a year; net flows -100, 1042, 1042
        LifecycleResult result = LifecycleModel.run(CAPEX, inputs(List.of(year(0.5), year(0.5)), 20,
                new TreeMap<>(), 0));
        // -100 + 1042 x + 1042 x^2 = 0 with x = 1/(1+r): x = (-1042 + sqrt(1042^2 + 416800)) / 2084
        double x = (-1042 + Math.sqrt(1042.0 * 1042 + 416800)) / 2084;
        assertThat(result.irr().getAsDouble()).isCloseTo(1 / x - 1, within(1e-6));
        // cumulative -100 after the construction year, recovered 100/1042 into the first operating year
        assertThat(result.paybackYears().getAsDouble()).isCloseTo(1 + 100.0 / 1042, within(1e-9));
    }

    @Test
    void carbonPriceFollowsTheCalendarScheduleOnMarketEmissions() {
        TreeMap<Integer, Double> schedule = new TreeMap<>();
        schedule.put(2024, 20.0);
        schedule.put(2029, 40.0);
        LifecycleResult result = LifecycleModel.run(CAPEX, inputs(List.of(year(0.5), year(0.5)), Double.NaN,
                schedule, 0));
        // 2028: 0.75 t x 20; 2029: 0.75 t x 40
        assertThat(result.years().get(1).opex().carbonUsd()).isCloseTo(15, within(1e-9));
        assertThat(result.years().get(2).opex().carbonUsd()).isCloseTo(30, within(1e-9));
    }

    @Test
    void batteriesAreReplacedOnTheirCycleAndLandIsRecovered() {
        CapexBreakdown capex = new CapexBreakdown(100, 200, 0, 0, 0, 50, 0);
        List<OperatingYear> five = List.of(year(0.5), year(0.5), year(0.5), year(0.5), year(0.5));
        LifecycleResult result = LifecycleModel.run(capex, inputs(five, Double.NaN, new TreeMap<>(), 2));
        // every 2 operating years: 50% of the electrical 200 = 100, in operating years 3 and 5 (index 2, 4)
        assertThat(result.years().stream().mapToDouble(YearFlow::replacementUsd).toArray())
                .containsExactly(0, 0, 0, 100, 0, 100);
        assertThat(result.years().get(5).residualUsd()).isEqualTo(50.0);
    }

    @Test
    void itEquipmentIsBoughtOncePerRefresh() {
        assertThat(LifecycleModel.itGenerations(20, 5)).isEqualTo(4);
        assertThat(LifecycleModel.itGenerations(20, 6)).isEqualTo(4);
        assertThat(LifecycleModel.itGenerations(3, 5)).isEqualTo(1);
    }

    @Test
    void timeOfUseWindowsCoverPartHours() {
        Tariff tou = new Tariff(0.1, true, 0.2, 0.05, 17.5, 22.5, Tariff.PeakDays.MONDAY_TO_SATURDAY, 0);
        // EPW hour 18 covers 17:00-18:00: half inside a window starting 17:30
        assertThat(tou.peakShare(18, java.time.DayOfWeek.MONDAY)).isEqualTo(0.5);
        assertThat(tou.peakShare(20, java.time.DayOfWeek.SATURDAY)).isEqualTo(1.0);
        assertThat(tou.peakShare(23, java.time.DayOfWeek.FRIDAY)).isEqualTo(0.5);
        assertThat(tou.peakShare(20, java.time.DayOfWeek.SUNDAY)).isZero();
        assertThat(tou.peakShare(10, java.time.DayOfWeek.MONDAY)).isZero();
        // 100 kWh with 40 in the peak: 40 x 0.2 + 60 x 0.05 = 11
        assertThat(tou.energyUsd(100, 40)).isCloseTo(11, within(1e-12));
    }
}
