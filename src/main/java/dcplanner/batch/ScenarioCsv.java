package dcplanner.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dcplanner.io.CsvOutput;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Workspace;
import dcplanner.text.InputText;

/**
 * Scenarios as CSV in the batch-input schema: one row per scenario, a {@code scenario_id} column
 * with its name and one column per input (the catalogue's snake_case names); an empty cell is an
 * input not given (its default applies).
 */
public final class ScenarioCsv {

    private ScenarioCsv() {
    }

    /** The scenarios as CSV text: the inputs any of them gives, in catalogue order. */
    public static String write(Map<String, Map<String, String>> scenarios, ParameterCatalogue catalogue) {
        Set<String> used = new LinkedHashSet<>();
        for (Parameter p : catalogue.all()) {
            if (scenarios.values().stream().anyMatch(inputs -> inputs.containsKey(p.name()))) {
                used.add(p.name());
            }
        }
        List<String> header = new ArrayList<>(List.of(BatchInput.SCENARIO_ID));
        header.addAll(used);
        List<List<Object>> rows = new ArrayList<>();
        scenarios.forEach((name, inputs) -> {
            List<Object> row = new ArrayList<>(List.of(name));
            used.forEach(column -> row.add(inputs.get(column))); // CsvOutput keeps numeric text a number
            rows.add(row);
        });
        return CsvOutput.write(header, rows);
    }

    /**
     * Reads scenarios from a CSV file in the batch-input schema with the batch's own reader
     * ({@link BatchInput}: BOM, CRLF, quoted fields, {@code ;} files with decimal commas, column names in
     * any case): name to inputs given, in file order. Every row needs a {@code scenario_id} that is a
     * valid workspace name, used once; blank rows are skipped. Values are checked later, when each
     * scenario is resolved.
     *
     * @throws IllegalArgumentException naming the file, row and column of the first problem
     */
    public static Map<String, Map<String, String>> read(Path file, ParameterCatalogue catalogue) {
        Map<String, Map<String, String>> scenarios = new LinkedHashMap<>();
        try (BatchInput input = BatchInput.open(file, catalogue)) {
            if (!input.columns().contains(BatchInput.SCENARIO_ID)) {
                throw new IllegalArgumentException(file + ": no " + BatchInput.SCENARIO_ID
                        + " column (the scenario names); columns: " + String.join(", ", input.columns()));
            }
            for (BatchRow row = input.nextScenario(); row != null; row = input.nextScenario()) {
                String where = file + " row " + row.row();
                String name = row.scenarioId();
                if (!Workspace.isValidName(name)) {
                    throw new IllegalArgumentException(where + ": " + BatchInput.SCENARIO_ID + " "
                            + InputText.quote(name) + " is not allowed; allowed: " + Workspace.NAME_RULE);
                }
                if (scenarios.containsKey(name)) {
                    throw new IllegalArgumentException(where + ": " + BatchInput.SCENARIO_ID + " '" + name
                            + "' is repeated");
                }
                Map<String, String> inputs = new LinkedHashMap<>();
                row.inputs().forEach((inputName, value) -> {
                    if (!value.isBlank()) {
                        inputs.put(inputName, CsvOutput.unescapeFormula(value));
                    }
                });
                scenarios.put(name, inputs);
            }
        } catch (BatchInputException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return scenarios;
    }
}
