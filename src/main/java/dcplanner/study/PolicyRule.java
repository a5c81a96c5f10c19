package dcplanner.study;

import java.util.Locale;

/**
 * A policy limit on a study metric: {@code metric comparison limit}, e.g. PUE at 25% IT load <= 1.39.
 *
 * @param jurisdiction ISO 3166 alpha-3 code of the country that sets it
 * @param scheme       the scheme or law
 * @param metric       the metric the limit is on
 * @param atMost       true for an upper limit ({@code <=}), false for a lower limit ({@code >=})
 * @param limit        the limit
 * @param appliesTo    who it applies to, as the source says
 * @param source       where the limit comes from
 */
public record PolicyRule(String jurisdiction, String scheme, StudyMetric metric, boolean atMost, double limit,
        String appliesTo, String source) {

    public boolean isMet(double value) {
        return atMost ? value <= limit : value >= limit;
    }

    /** How far inside the limit {@code value} is (negative: by how much it misses it), in the metric's unit. */
    public double margin(double value) {
        return atMost ? limit - value : value - limit;
    }

    public String comparison() {
        return atMost ? "<=" : ">=";
    }

    /** "SGP Green Mark DC 2024 Platinum: pue_at_25pct_load <= 1.39". */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s: %s %s %s", jurisdiction, scheme, metric.key(), comparison(),
                new java.math.BigDecimal(limit).round(new java.math.MathContext(6)).stripTrailingZeros()
                        .toPlainString());
    }
}
