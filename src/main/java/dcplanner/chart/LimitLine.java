package dcplanner.chart;

import java.util.OptionalInt;

/**
 * A policy limit drawn on a chart beside the scenarios it applies to.
 *
 * @param metric        {@code pue} or {@code wue}
 * @param atLoadPercent the IT load the limit is set at (Singapore's roadmap: 100, Green Mark: 25), or
 *                      empty for an annual figure at the scenario's own load (Johor)
 * @param limit         the highest value allowed
 * @param label         who sets it, for the legend ("SGP Green Data Centre Roadmap (2024)")
 */
public record LimitLine(String metric, OptionalInt atLoadPercent, double limit, String label) {
}
