package dcplanner.batch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.shell.NearestName;

/**
 * Reads the scenarios of a batch input CSV, one a row, streaming (one row in memory at a time).
 *
 * <p>Accepted as spreadsheets export them: a UTF-8 byte-order mark, CRLF or LF line ends, quoted
 * fields with delimiters, quotes and line breaks inside, and either a comma or a semicolon (or tab)
 * delimiter, detected from the header row. In a semicolon file decimal commas are read as decimal
 * points ({@code 0,6} is 0.6), the usual export of European-locale spreadsheets; there, list values
 * (ramp, hourly profile, carbon-price schedule) separate their elements with {@code ;} or spaces.
 *
 * <p>Columns are catalogue names (snake_case; kebab-case and any letter case accepted) and
 * {@value #SCENARIO_ID}. An unknown column fails before any row is read, naming the closest valid
 * name. Row numbers are those a spreadsheet shows: the header is row 1.
 */
public final class BatchInput implements Closeable, Iterator<BatchRow> {

    /** The optional column naming each scenario; copied to the results and the errors. */
    public static final String SCENARIO_ID = "scenario_id";

    private final Path file;
    private final char delimiter;
    private final List<String> columns;
    private final List<Parameter> parameters;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private BatchInput(Path file, char delimiter, CSVParser parser, List<String> columns, List<Parameter> parameters) {
        this.file = file;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = columns;
        this.parameters = parameters;
    }

    /**
     * Opens {@code file} and checks its header against the catalogue.
     *
     * @throws BatchInputException when the file cannot be read, is empty, or has an unknown or repeated column
     */
    public static BatchInput open(Path file, ParameterCatalogue catalogue) {
        Reader reader = null;
        try {
            reader = reader(file);
            char delimiter = detectDelimiter(reader);
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setTrim(false).get().parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new BatchInputException(file + ": the file is empty; the first row must name the columns"
                        + " (e.g. scenario_id,site,cooling)");
            }
            CSVRecord header = records.next();
            List<String> columns = new ArrayList<>();
            List<Parameter> parameters = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('-', '_');
                if (!name.isEmpty() && columns.contains(name)) {
                    throw new BatchInputException(file + ": column '" + name + "' appears twice in the header");
                }
                columns.add(name);
                if (name.isEmpty() || name.equals(SCENARIO_ID)) {
                    parameters.add(null);
                    continue;
                }
                Optional<Parameter> parameter = catalogue.find(name);
                if (parameter.isEmpty()) {
                    List<String> valid = validColumns(catalogue);
                    throw new BatchInputException(file + ": unknown column '" + header.get(i).strip() + "'"
                            + NearestName.of(name, valid).map(c -> " (did you mean " + c + "?)").orElse("")
                            + "; columns are scenario_id and the inputs of 'parameters' (no row was run)");
                }
                parameters.add(parameter.get());
            }
            BatchInput input = new BatchInput(file, delimiter, parser, columns, parameters);
            reader = null; // now owned by the parser
            return input;
        } catch (NoSuchFileException e) {
            throw new BatchInputException(file + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new BatchInputException(file + ": cannot be read (" + rootMessage(e) + ")");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // the first failure is what matters
                }
            }
        }
    }

    /** Every valid column name: scenario_id and the catalogue's inputs. */
    public static List<String> validColumns(ParameterCatalogue catalogue) {
        List<String> valid = new ArrayList<>(List.of(SCENARIO_ID));
        catalogue.all().forEach(p -> valid.add(p.name()));
        return valid;
    }

    /**
     * The next row that holds a scenario, for readers of scenarios (import, charts, reports) rather
     * than a batch run, which reports a bad row and goes on: blank rows are skipped, and a row that
     * cannot be read ends the reading.
     *
     * @return the row, or null after the last
     * @throws BatchInputException naming the file, row and column of a row that cannot be read
     */
    public BatchRow nextScenario() {
        while (hasNext()) {
            BatchRow row = next();
            RowError problem = row.problem();
            if (problem != null) {
                throw new BatchInputException(file + " row " + row.row()
                        + (problem.column().isEmpty() ? "" : ", column " + problem.column()) + ": " + problem.reason());
            }
            if (!row.blank()) {
                return row;
            }
        }
        return null;
    }

    /** The delimiter found in the header row. */
    public char delimiter() {
        return delimiter;
    }

    /** The header's column names, normalised to snake_case (empty for an unnamed column). */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    /**
     * How many of the rows left hold a scenario (are not blank), counted without reading their cells
     * as inputs: the size of a run, for its progress. Reads to the end.
     */
    long countScenarioRows() {
        long rows = 0;
        while (hasNext()) {
            rows += isBlank(nextRecord()) ? 0 : 1;
        }
        return rows;
    }

    private CSVRecord nextRecord() {
        try {
            return records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new BatchInputException(file + ": cannot be read after row " + parser.getRecordNumber() + " ("
                    + rootMessage(e) + ")");
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new BatchInputException(file + ": cannot be read after row " + parser.getRecordNumber() + " ("
                    + rootMessage(e) + ")");
        }
    }

    @Override
    public BatchRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = nextRecord();
        int row = (int) record.getRecordNumber();
        if (isBlank(record)) {
            return BatchRow.blank(row);
        }
        String scenarioId = "";
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, String> cells = new LinkedHashMap<>();
        String problem = null;
        String problemColumn = "";
        String problemValue = "";
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i);
            if (i >= columns.size() || columns.get(i).isEmpty()) {
                if (!cell.isBlank() && problem == null) {
                    problem = "the row has a value in column " + (i + 1) + ", which has no name in the header ("
                            + columns.stream().filter(c -> !c.isEmpty()).count() + " named columns)";
                    problemColumn = "column " + (i + 1);
                    problemValue = cell;
                }
                continue;
            }
            String name = columns.get(i);
            cells.put(name, cell);
            if (name.equals(SCENARIO_ID)) {
                scenarioId = cell.strip();
            } else {
                inputs.put(name, delimiter == ';' ? decimalPoints(parameters.get(i), cell.strip()) : cell.strip());
            }
        }
        if (problem != null) {
            return BatchRow.malformed(row, scenarioId, cells, problemColumn, problemValue, problem);
        }
        return new BatchRow(row, scenarioId, inputs, cells);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell of a semicolon file with its decimal commas as points: numbers always; lists only when
     * their elements are separated by ';' or spaces (otherwise the commas are the separators).
     */
    static String decimalPoints(Parameter parameter, String cell) {
        if (parameter == null || cell.indexOf(',') < 0 || cell.indexOf('.') >= 0) {
            return cell;
        }
        return switch (parameter.kind()) {
            case NUMBER, INTEGER -> cell.replace(',', '.');
            case LIST, PROFILE, SCHEDULE -> cell.matches(".*[;\\s].*") ? cell.replace(',', '.') : cell;
            default -> cell;
        };
    }

    /** UTF-8 text of the file, a leading byte-order mark dropped; malformed bytes are an error, not '?'. */
    private static Reader reader(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        } catch (CharacterCodingException e) {
            reader.close();
            throw new IOException("not UTF-8 text; save it as 'CSV UTF-8'", e);
        }
        return reader;
    }

    /** ',' ';' or tab: whichever appears most in the header row outside quotes (',' when none does). */
    private static char detectDelimiter(Reader reader) throws IOException {
        int limit = 1 << 15;
        reader.mark(limit);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < limit; i++) {
            int c = reader.read();
            if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof CharacterCodingException) {
            return "not UTF-8 text; save it as 'CSV UTF-8'";
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
