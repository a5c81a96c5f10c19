package dcplanner.batch;

import java.util.Map;

import dcplanner.scenario.Evaluation;

/**
 * What one row gave: its results line, or why it failed; and, for the listeners, its headline
 * results (annual figures only: no hourly series is kept).
 *
 * @param row        the row number a spreadsheet shows
 * @param scenarioId the row's scenario_id
 * @param resultLine the CSV line of the results file (null when the row failed)
 * @param results    output key -> value of the row's annual results (empty when failed or not asked for)
 * @param error      why the row failed (null when it ran)
 * @param evaluation the row's evaluation, without hourly series (null when failed or not asked for)
 */
public record RowOutcome(int row, String scenarioId, String resultLine, Map<String, Object> results,
        RowError error, Evaluation evaluation) {

    static RowOutcome failed(RowError error) {
        return new RowOutcome(error.row(), error.scenarioId(), null, Map.of(), error, null);
    }

    public boolean ran() {
        return error == null;
    }
}
