package dcplanner.policy;

import java.util.ArrayList;
import java.util.List;

import dcplanner.scenario.Evaluation;

/** Checks an evaluated scenario against rules. */
public final class PolicyChecks {

    private PolicyChecks() {
    }

    /** One result per rule, in the rules' order. */
    public static List<CheckResult> check(Evaluation evaluation, List<PolicyRule> rules) {
        List<CheckResult> results = new ArrayList<>(rules.size());
        for (PolicyRule rule : rules) {
            results.add(check(evaluation, rule));
        }
        return results;
    }

    public static CheckResult check(Evaluation evaluation, PolicyRule rule) {
        double value = rule.metric().valueOf(evaluation, rule.loadPointPercent());
        return new CheckResult(rule, value, rule.direction().margin(value, rule.limit()));
    }

    /** The batch column of a rule: {@code policy_<rule_id>_pass}, the id in snake case. */
    public static String passColumn(PolicyRule rule) {
        return "policy_" + rule.ruleId().replace('-', '_') + "_pass";
    }
}
