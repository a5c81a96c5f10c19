package dcplanner.batch;

import java.math.BigDecimal;
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

    public static final String ID_COLUMN = "scenario_id";

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
        List<String> header = new ArrayList<>(List.of(ID_COLUMN));
        header.addAll(used);
        List<List<Object>> rows = new ArrayList<>();
        scenarios.forEach((name, inputs) -> {
            List<Object> row = new ArrayList<>(List.of(name));
            used.forEach(column -> row.add(cell(inputs.get(column))));
            rows.add(row);
        });
        return CsvOutput.write(header, rows);
    }

    /** A number stays a number (so negative values are not escaped as formulas); text is text. */
    private static Object cell(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return value;
        }
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
            if (!input.columns().contains(ID_COLUMN)) {
                throw new IllegalArgumentException(file + ": no " + ID_COLUMN + " column (the scenario names);"
                        + " columns: " + String.join(", ", input.columns()));
            }
            while (input.hasNext()) {
                BatchRow row = input.next();
                if (row.blank()) {
                    continue;
                }
                String where = file + " row " + row.row();
                if (row.problem() != null) {
                    RowError problem = row.problem();
                    throw new IllegalArgumentException(where + (problem.column().isEmpty() ? "" : ", column "
                            + problem.column()) + ": " + problem.reason());
                }
                String name = row.scenarioId();
                if (!Workspace.isValidName(name)) {
                    throw new IllegalArgumentException(where + ": " + ID_COLUMN + " " + InputText.quote(name)
                            + " is not allowed; allowed: " + Workspace.NAME_RULE);
                }
                if (scenarios.containsKey(name)) {
                    throw new IllegalArgumentException(where + ": " + ID_COLUMN + " '" + name + "' is repeated");
                }
                Map<String, String> inputs = new LinkedHashMap<>();
                row.inputs().forEach((inputName, value) -> {
                    if (!value.isBlank()) {
                        inputs.put(inputName, unescape(value));
                    }
                });
                scenarios.put(name, inputs);
            }
        } catch (BatchInputException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return scenarios;
    }

    /** Removes the apostrophe {@link CsvOutput} puts before text a spreadsheet would run as a formula. */
    private static String unescape(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
