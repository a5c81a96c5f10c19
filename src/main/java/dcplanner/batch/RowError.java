package dcplanner.batch;

import java.util.List;

/**
 * Why one row of a batch did not run: a line of the errors file.
 *
 * @param row        the row number a spreadsheet shows (the header is row 1)
 * @param scenarioId the row's scenario_id
 * @param column     the column at fault ("" when the failure is not one input's)
 * @param value      the cell as given ("" when the column was empty or absent)
 * @param reason     one line: the input, the value and what is allowed
 */
public record RowError(int row, String scenarioId, String column, String value, String reason) {

    /** The errors file's header. */
    public static final List<String> HEADER = List.of("row", "scenario_id", "column", "value", "reason");

    List<Object> cells() {
        return List.of(row, scenarioId, column, value, reason);
    }
}
