package dcplanner.chart;

import java.util.Objects;

import dcplanner.scenario.Evaluation;

/**
 * A scenario's result under the name a reader knows it by (a batch row's {@code scenario_id}, a
 * workspace scenario, a site). Charts and the report take a list of these, in the order to show.
 */
public record NamedEvaluation(String name, Evaluation evaluation) {

    public NamedEvaluation {
        Objects.requireNonNull(evaluation, "evaluation");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario shown in a chart needs a name");
        }
    }
}
