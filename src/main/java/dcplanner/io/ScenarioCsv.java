package dcplanner.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Workspace;

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
     * Reads scenarios from a CSV file: name to inputs given, in file order. Columns are checked
     * against the catalogue; values are checked later, when each scenario is resolved.
     *
     * @throws IllegalArgumentException naming the file, line and column of the first problem
     */
    public static Map<String, Map<String, String>> read(Path file, ParameterCatalogue catalogue) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), catalogue);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static Map<String, Map<String, String>> read(Reader reader, String what, ParameterCatalogue catalogue)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        Map<String, Map<String, String>> scenarios = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = parser.getHeaderNames();
            if (!columns.contains(ID_COLUMN)) {
                throw new IllegalArgumentException(what + ": no " + ID_COLUMN + " column (the scenario names);"
                        + " columns: " + String.join(", ", columns));
            }
            Map<String, String> inputOf = new LinkedHashMap<>();
            for (String column : columns) {
                if (column.equals(ID_COLUMN)) {
                    continue;
                }
                Parameter p = catalogue.find(column).orElseThrow(() -> new IllegalArgumentException(what
                        + ": unknown column '" + column + "'; columns are " + ID_COLUMN
                        + " and input names (see 'parameters')"));
                inputOf.put(column, p.name());
            }
            for (CSVRecord record : parser) {
                String line = what + " line " + parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new IllegalArgumentException(line + ": " + record.size() + " fields, the header has "
                            + columns.size());
                }
                String name = unescape(record.get(ID_COLUMN));
                if (!Workspace.isValidName(name)) {
                    throw new IllegalArgumentException(line + ": " + ID_COLUMN + " '" + name + "' is not allowed;"
                            + " allowed: " + Workspace.NAME_RULE);
                }
                if (scenarios.containsKey(name)) {
                    throw new IllegalArgumentException(line + ": " + ID_COLUMN + " '" + name + "' is repeated");
                }
                Map<String, String> inputs = new LinkedHashMap<>();
                inputOf.forEach((column, input) -> {
                    String value = unescape(record.get(column));
                    if (!value.isEmpty()) {
                        inputs.put(input, value);
                    }
                });
                scenarios.put(name, inputs);
            }
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
