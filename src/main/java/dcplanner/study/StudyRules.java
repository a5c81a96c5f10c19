package dcplanner.study;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dcplanner.policy.PolicyMetric;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.PolicyRules;
import dcplanner.scenario.Scenario;

/**
 * The policy rules a study checks its scenarios against: those of {@link PolicyRules} that apply to
 * the scenario's site (a country's national rules and those of the regions the site lies in: Johor's
 * limits for Johor Bahru, not for Kuala Lumpur) and that the study's lighter evaluation measures
 * (annual values, and PUE or WUE at the IT loads it runs, {@link StudyRunner#LOAD_POINTS_PERCENT}).
 * A rule's value and margin come from {@link dcplanner.policy.PolicyChecks}, as in {@code policy check}.
 */
public final class StudyRules {

    private StudyRules() {
    }

    /** The rules that apply to the scenario's site in the scenario's country and that a study measures. */
    public static List<PolicyRule> applicable(StudyRunner runner, Scenario scenario, PolicyRules rules) {
        return rules.applicableTo(runner.service().climateOf(scenario).site(), scenario.text("country")).stream()
                .filter(StudyRules::measured).toList();
    }

    /** Whether a study's evaluation has the rule's value: annual, or at an IT load the runner runs. */
    public static boolean measured(PolicyRule rule) {
        return rule.loadPointPercent().isEmpty() || Arrays.stream(StudyRunner.LOAD_POINTS_PERCENT)
                .anyMatch(p -> p == rule.loadPointPercent().getAsInt());
    }

    /** The study metric that is the rule's quantity ({@code pue_at_25pct_load} for PUE at 25% load), if any. */
    public static Optional<StudyMetric> studyMetric(PolicyRule rule) {
        int load = rule.loadPointPercent().orElse(-1);
        return switch (rule.metric()) {
            case PUE -> load == -1 ? Optional.of(StudyMetric.PUE) : load == 25 ? Optional.of(
                    StudyMetric.PUE_AT_25PCT_LOAD) : load == 100 ? Optional.of(StudyMetric.PUE_AT_100PCT_LOAD)
                            : Optional.empty();
            case WUE -> load == -1 ? Optional.of(StudyMetric.WUE) : Optional.empty();
            case GREEN_ENERGY_SHARE -> Optional.of(StudyMetric.REF);
            case ERF -> Optional.of(StudyMetric.ERF);
            case SUPPLY_AIR_C -> Optional.empty();
        };
    }

    /** The key the rule's quantity has in a study's output: the study metric's, else the policy metric's id. */
    public static String metricKey(PolicyRule rule) {
        return studyMetric(rule).map(StudyMetric::key).orElse(rule.metric().id());
    }

    /** Decimals a reader needs of the rule's quantity. */
    public static int decimals(PolicyRule rule) {
        return studyMetric(rule).map(StudyMetric::decimals).orElse(rule.metric() == PolicyMetric.SUPPLY_AIR_C ? 1
                : 3);
    }
}
