package dcplanner.policy;

import java.util.OptionalInt;

/**
 * One limit a scenario can be checked against (a row of {@code policy-thresholds.csv} or of a
 * user's file in the same schema).
 *
 * @param ruleId           short unique id ({@code sgp-roadmap-pue-100}); batch columns are {@code policy_<id>_pass}
 * @param jurisdiction     ISO 3166-1 alpha-3 code of the country whose rule it is
 * @param region           a sub-national jurisdiction (Johor) the rule is limited to, or empty for the whole country
 * @param metric           what is compared: one of {@link PolicyMetric}
 * @param loadPointPercent IT load in percent of capacity at which the metric is measured, empty for the annual value
 */
public record PolicyRule(String ruleId, String jurisdiction, String region, String scheme, PolicyMetric metric,
        Direction direction, double limit, OptionalInt loadPointPercent, RuleStatus status, String appliesTo,
        String year, String confidence, String source) {

    /** {@code 25%}, or the metric's basis ({@code annual}, {@code set point}): how the load point is shown and written. */
    public String loadPointLabel() {
        return loadPointPercent.isPresent() ? loadPointPercent.getAsInt() + "%" : metric.basis();
    }

    /**
     * One line for a person: {@code SGP Green Mark DC 2024 Platinum: pue at 25% IT load <= 1.39},
     * {@code MYS Johor state benchmark: wue <= 1.8}.
     */
    public String describe() {
        return jurisdiction + " " + scheme + ": " + metric.id() + (loadPointPercent.isPresent() ? " at "
                + loadPointPercent.getAsInt() + "% IT load" : "") + " " + direction.symbol() + " "
                + new java.math.BigDecimal(limit).round(new java.math.MathContext(6)).stripTrailingZeros()
                        .toPlainString();
    }

    /** Whether the rule applies to the whole country rather than one region of it. */
    public boolean national() {
        return region.isEmpty();
    }
}
