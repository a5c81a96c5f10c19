package dcplanner.chart;

import java.util.List;

import dcplanner.scenario.Evaluation;

/**
 * Where the limit lines of a scenario come from: {@link PolicyLimitLines} draws the policy rules that
 * apply to the scenario's site.
 */
@FunctionalInterface
public interface LimitSource {

    /** The limits that apply to the scenario's site, at most one per metric and load point. */
    List<LimitLine> limitsFor(Evaluation evaluation);

    /** No limit lines. */
    LimitSource NONE = evaluation -> List.of();
}
