package dcplanner.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dcplanner.climate.SiteClimate;
import dcplanner.climate.WeatherMorph;
import dcplanner.policy.CheckResult;
import dcplanner.policy.PolicyChecks;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.PolicyRules;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.Scenario;

/**
 * Climate-change stress test: the scenario re-run on its site's weather year morphed to each warming
 * (Belcher, Hacker and Powell 2005 shift-and-stretch, {@link WeatherMorph}), with the margin to each
 * applicable policy rule ({@link StudyRules}, checked by {@link PolicyChecks}) and the first warming at
 * which a rule is broken. The unmorphed year
 * (0 K) is always the first row.
 */
public final class StressTest {

    /** The scenario at one warming: metrics in {@link StudyMetric} order. */
    public record Row(double warmingK, double[] metrics) {
        public double value(StudyMetric metric) {
            return metrics[metric.ordinal()];
        }
    }

    /**
     * A policy rule over the warmings.
     *
     * @param margins               margin at each row (negative: broken)
     * @param firstBreakingWarmingK the lowest warming at which it is broken, or null if none
     */
    public record LimitCheck(PolicyRule rule, double[] margins, Double firstBreakingWarmingK) {
    }

    /**
     * @param dailyRangeChangePerK change of the mean daily temperature range per K of mean warming
     */
    public record Result(double dailyRangeChangePerK, List<Row> rows, List<LimitCheck> limits) {
    }

    private StressTest() {
    }

    public static Result run(StudyRunner runner, Map<String, String> baseInputs, List<Double> warmingsK,
            double dailyRangeChangePerK, PolicyRules rules) {
        TreeSet<Double> warmings = new TreeSet<>(warmingsK);
        warmings.add(0.0);
        List<Double> ordered = new ArrayList<>(warmings);
        Scenario scenario = runner.resolve(baseInputs);
        SiteClimate climate = runner.service().climateOf(scenario);
        List<PolicyRule> applicable = StudyRules.applicable(runner, scenario, rules);
        List<Evaluation> evaluations = runner.inParallel(ordered.size(), i -> {
            double w = ordered.get(i);
            SiteClimate warmed = w == 0 ? climate : WeatherMorph.morph(climate, w, w * dailyRangeChangePerK);
            return runner.evaluate(scenario, warmed);
        });
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            rows.add(new Row(ordered.get(i), StudyRunner.metrics(evaluations.get(i))));
        }
        List<LimitCheck> checks = new ArrayList<>();
        for (PolicyRule rule : applicable) {
            double[] margins = new double[rows.size()];
            Double firstBreak = null;
            for (int i = 0; i < rows.size(); i++) {
                CheckResult check = PolicyChecks.check(evaluations.get(i), rule);
                margins[i] = check.margin();
                if (firstBreak == null && !check.pass()) {
                    firstBreak = rows.get(i).warmingK();
                }
            }
            checks.add(new LimitCheck(rule, margins, firstBreak));
        }
        return new Result(dailyRangeChangePerK, List.copyOf(rows), List.copyOf(checks));
    }
}
