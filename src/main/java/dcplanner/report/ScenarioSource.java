package dcplanner.report;

import java.util.List;

/**
 * Where the scenarios of a chart or report come from: a CSV file today ({@link CsvScenarioFile});
 * a batch input or a workspace of named scenarios can stand in without the charts knowing.
 */
@FunctionalInterface
public interface ScenarioSource {

    /** The scenarios, in the order to show them; names are unique. */
    List<NamedInputs> scenarios();
}
