package dcplanner.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dcplanner.batch.BatchInput;
import dcplanner.batch.BatchInputException;
import dcplanner.batch.BatchRow;
import dcplanner.scenario.ParameterCatalogue;

/**
 * Scenarios from a CSV file in the batch-input schema, for charts and reports: a header row of
 * catalogue input names and an optional {@code scenario_id} column, then one scenario per row. An
 * empty cell takes the default; a row without an id is named by its row number ("row 3"); blank rows
 * are skipped. Unknown columns and repeated ids are refused before anything runs.
 */
public final class CsvScenarioFile implements ScenarioSource {

    private final Path file;
    private final ParameterCatalogue catalogue;

    public CsvScenarioFile(Path file, ParameterCatalogue catalogue) {
        this.file = file;
        this.catalogue = catalogue;
    }

    /**
     * The rows of the file, read by the batch's reader ({@link BatchInput}: BOM, CRLF, quoted fields,
     * {@code ;} files with decimal commas, column names in any case); a row without a scenario_id is
     * named after its row number. A row that cannot be read, a repeated id or a file without rows is
     * an error naming the file and row.
     */
    @Override
    public List<NamedInputs> scenarios() {
        List<NamedInputs> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (BatchInput input = BatchInput.open(file, catalogue)) {
            for (BatchRow row = input.nextScenario(); row != null; row = input.nextScenario()) {
                String name = row.scenarioId().isBlank() ? "row " + row.row() : row.scenarioId();
                if (!names.add(name)) {
                    throw new IllegalArgumentException(file + " row " + row.row() + ": scenario_id '" + name
                            + "' is used twice; ids must differ");
                }
                scenarios.add(new NamedInputs(name, row.inputs()));
            }
        } catch (BatchInputException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException(file + ": no scenario rows under the header");
        }
        return scenarios;
    }
}
