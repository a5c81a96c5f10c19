package dcplanner.study;

import java.util.List;
import java.util.OptionalInt;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.policy.Direction;
import dcplanner.policy.PolicyMetric;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.PolicyRules;
import dcplanner.policy.RuleStatus;
import dcplanner.scenario.EvaluationService;

/** One evaluation service shared by the study tests (sites load once). */
final class StudyFixtures {

    static final EvaluationService SERVICE = EvaluationService.standard(new ClimateLibrary(SiteCatalogue.bundled()));

    private StudyFixtures() {
    }

    /** No rules. */
    static final PolicyRules NO_RULES = new PolicyRules(List.of(), List.of());

    /** A national guideline of {@code country} on the annual value of {@code metric}. */
    static PolicyRule rule(String id, String country, PolicyMetric metric, Direction direction, double limit) {
        return new PolicyRule(id, country, "", "test", metric, direction, limit, OptionalInt.empty(),
                RuleStatus.GUIDELINE, "all", "2025", "test", "test");
    }

    static PolicyRules rules(PolicyRule... rules) {
        return new PolicyRules(List.of(rules), List.of());
    }

    static StudyRunner runner(int threads) {
        return new StudyRunner(SERVICE, threads);
    }
}
