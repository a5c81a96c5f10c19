package dcplanner.policy;

/**
 * A scenario checked against one rule.
 *
 * @param value  the scenario's value of the rule's metric at the rule's load point
 * @param margin headroom: limit - value for an upper limit, value - limit for a lower one; negative fails
 */
public record CheckResult(PolicyRule rule, double value, double margin) {

    public boolean pass() {
        return margin >= 0;
    }
}
