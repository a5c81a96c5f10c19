package dcplanner.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dcplanner.scenario.ParameterCatalogue;

/**
 * Scenarios from a CSV file: a header row of catalogue input names (snake_case) and an optional
 * {@code scenario_id} column, then one scenario per row. An empty cell takes the default; a row
 * without an id is named by its row number ("row 3"); blank lines are skipped; a UTF-8 byte-order
 * mark is ignored. Unknown columns and repeated ids are refused before anything runs.
 */
public final class CsvScenarioFile implements ScenarioSource {

    public static final String ID_COLUMN = "scenario_id";

    private final Path file;
    private final ParameterCatalogue catalogue;

    public CsvScenarioFile(Path file, ParameterCatalogue catalogue) {
        this.file = file;
        this.catalogue = catalogue;
    }

    @Override
    public List<NamedInputs> scenarios() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : header) {
                if (!column.equals(ID_COLUMN) && catalogue.find(column).isEmpty()) {
                    throw new IllegalArgumentException(file + ": unknown column '" + column + "'; columns are "
                            + ID_COLUMN + " and the input names listed by 'parameters'");
                }
            }
            List<NamedInputs> scenarios = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                long row = record.getRecordNumber() + 1; // the header is row 1, as a spreadsheet numbers it
                if (!record.isConsistent()) {
                    throw new IllegalArgumentException(file + " row " + row + ": " + record.size() + " cells, the"
                            + " header has " + header.size());
                }
                Map<String, String> inputs = new LinkedHashMap<>();
                String name = "row " + row;
                for (String column : header) {
                    String value = record.get(column);
                    if (column.equals(ID_COLUMN)) {
                        name = value.isBlank() ? name : value;
                    } else if (!value.isBlank()) {
                        inputs.put(catalogue.find(column).orElseThrow().name(), value);
                    }
                }
                if (!names.add(name)) {
                    throw new IllegalArgumentException(file + " row " + row + ": scenario_id '" + name
                            + "' is used twice; ids must differ");
                }
                scenarios.add(new NamedInputs(name, inputs));
            }
            if (scenarios.isEmpty()) {
                throw new IllegalArgumentException(file + ": no scenario rows under the header");
            }
            return scenarios;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
