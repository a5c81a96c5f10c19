package dcplanner.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dcplanner.scenario.Scenario;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.scenario.UncertaintyRanges.Range;

/**
 * One-at-a-time sensitivity: every uncertain input the user did not set is moved to its low and then
 * its high value ({@link UncertaintyRanges}) with the others at the scenario's values, and each
 * metric's change is recorded. Bars are ranked by swing (|metric at high - metric at low|).
 */
public final class Tornado {

    /** One input moved to its low and high values and the metrics there (in {@link StudyMetric} order). */
    public record Bar(Range range, double baseValue, double lowValue, double highValue, double[] atLow,
            double[] atHigh) {

        public double swing(StudyMetric metric) {
            return Math.abs(atHigh[metric.ordinal()] - atLow[metric.ordinal()]);
        }
    }

    /** The scenario on another bundled weather year of its site (a built-in site with that year). */
    public record WeatherYear(String site, double[] metrics) {
    }

    /**
     * @param base         the scenario's metrics
     * @param bars         one per uncertain input, in declaration order
     * @param fixedByUser  uncertain inputs the user set (not moved)
     * @param weatherYears the scenario on each other bundled weather year of its site (a choice, not a range)
     */
    public record Result(double[] base, List<Bar> bars, List<String> fixedByUser, List<WeatherYear> weatherYears) {

        /** The bars ranked by their swing of {@code metric}, largest first (ties in declaration order). */
        public List<Bar> ranked(StudyMetric metric) {
            List<Bar> ranked = new ArrayList<>(bars);
            ranked.sort(Comparator.comparingDouble((Bar b) -> b.swing(metric)).reversed());
            return ranked;
        }
    }

    private Tornado() {
    }

    public static Result run(StudyRunner runner, Map<String, String> baseInputs, UncertaintyRanges ranges) {
        Scenario base = runner.resolve(baseInputs);
        List<Range> moved = new ArrayList<>();
        List<double[]> lowHigh = new ArrayList<>();
        List<Map<String, String>> runs = new ArrayList<>();
        runs.add(baseInputs);
        for (Range range : ranges.uncertainIn(base)) {
            double value = base.number(range.input());
            double low = range.lowFor(value);
            double high = range.highFor(value);
            if (!(low < high)) {
                continue;
            }
            moved.add(range);
            lowHigh.add(new double[] {value, low, high});
            runs.add(with(baseInputs, range.input(), low));
            runs.add(with(baseInputs, range.input(), high));
        }
        // the site's other bundled weather years (the scenario's own comes first in the list)
        List<String> years = MonteCarlo.weatherYearsOf(base, runner.service().climates().catalogue());
        List<String> otherYears = years.isEmpty() ? List.of() : years.subList(1, years.size());
        for (String site : otherYears) {
            Map<String, String> inputs = new LinkedHashMap<>(baseInputs);
            inputs.put("site", site);
            runs.add(inputs);
        }
        List<double[]> metrics = runner.metricsOf(runs);
        List<WeatherYear> weatherYears = new ArrayList<>();
        for (int k = 0; k < otherYears.size(); k++) {
            weatherYears.add(new WeatherYear(otherYears.get(k), metrics.get(1 + 2 * moved.size() + k)));
        }
        List<Bar> bars = new ArrayList<>();
        for (int k = 0; k < moved.size(); k++) {
            double[] values = lowHigh.get(k);
            bars.add(new Bar(moved.get(k), values[0], values[1], values[2], metrics.get(1 + 2 * k),
                    metrics.get(2 + 2 * k)));
        }
        List<String> fixed = new ArrayList<>();
        for (Scenario.Value value : base.values().values()) {
            String name = value.parameter().name();
            if (value.given() && value.parameter().appliesTo(base.technology())
                    && ranges.find(name, base.technology()).isPresent()) {
                fixed.add(name);
            }
        }
        return new Result(metrics.get(0), List.copyOf(bars), List.copyOf(fixed), List.copyOf(weatherYears));
    }

    static Map<String, String> with(Map<String, String> inputs, String name, double value) {
        Map<String, String> changed = new LinkedHashMap<>(inputs);
        changed.put(name, BigDecimal.valueOf(value).toPlainString());
        return changed;
    }
}
