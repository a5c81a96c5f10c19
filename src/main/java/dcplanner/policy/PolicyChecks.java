package dcplanner.policy;

import java.util.ArrayList;
import java.util.List;

import dcplanner.io.Values;
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

    /** The headers of {@link #cells}: how a check is shown to a person (tables, the report). */
    public static final List<String> HEADERS = List.of("Rule", "Where", "Metric", "At load", "Value", "Limit",
            "Result", "Margin", "Status", "Source");

    /**
     * A check as a person reads it, one cell per {@link #HEADERS}: values to three decimals, the
     * result {@code pass} or {@code FAIL}, the source as "scheme; source".
     */
    public static List<String> cells(CheckResult check) {
        PolicyRule rule = check.rule();
        String key = rule.metric().id();
        return List.of(rule.ruleId(), rule.jurisdiction() + (rule.national() ? "" : "/" + rule.region()),
                key + (rule.metric().unit().isEmpty() ? "" : " (" + rule.metric().unit() + ")"),
                rule.loadPointLabel(), Values.text(check.value(), 3, key),
                rule.direction().symbol() + " " + Values.plain(rule.limit(), 3, "limit"),
                check.pass() ? "pass" : "FAIL", Values.text(check.margin(), 3, "margin"), rule.status().label(),
                rule.scheme() + "; " + rule.source());
    }

    /** The batch column of a rule: {@code policy_<rule_id>_pass}, the id in snake case. */
    public static String passColumn(PolicyRule rule) {
        return "policy_" + rule.ruleId().replace('-', '_') + "_pass";
    }
}
