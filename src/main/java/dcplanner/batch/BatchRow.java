package dcplanner.batch;

import java.util.Map;

/**
 * One row of a batch input.
 *
 * @param row        the row number a spreadsheet shows (the header is row 1)
 * @param scenarioId the row's scenario_id ("" when none)
 * @param inputs     catalogue name -> value as given (decimal commas already read as points)
 * @param cells      column -> cell exactly as in the file, for error reports
 * @param problem    why the row cannot run before it is even resolved; null when it can
 * @param blank      every cell of the row is empty: skipped and counted
 */
public record BatchRow(int row, String scenarioId, Map<String, String> inputs, Map<String, String> cells,
        RowError problem, boolean blank) {

    BatchRow(int row, String scenarioId, Map<String, String> inputs, Map<String, String> cells) {
        this(row, scenarioId, inputs, cells, null, false);
    }

    /** A row whose cells are all empty: skipped and counted. */
    static BatchRow blank(int row) {
        return new BatchRow(row, "", Map.of(), Map.of(), null, true);
    }

    static BatchRow malformed(int row, String scenarioId, Map<String, String> cells, String column, String value,
            String reason) {
        return new BatchRow(row, scenarioId, Map.of(), cells, new RowError(row, scenarioId, column, value, reason),
                false);
    }
}
