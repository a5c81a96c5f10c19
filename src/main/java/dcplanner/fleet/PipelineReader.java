package dcplanner.fleet;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dcplanner.text.StrictNumbers;
import dcplanner.scenario.ParameterCatalogue;

/**
 * Reads a pipeline: one cohort a row. Columns {@code cohort_id}, {@code country}, {@code site} or
 * {@code epw}, {@code year_online}, {@code it_capacity_mw}, {@code utilisation}, {@code cooling};
 * optionally {@code year_retired} and any scenario input of the catalogue by its snake_case name
 * (an empty cell takes the default). A relative {@code epw} path is taken from the pipeline's folder.
 */
public final class PipelineReader {

    public static final List<String> REQUIRED = List.of("cohort_id", "country", "year_online", "it_capacity_mw",
            "utilisation", "cooling");
    private static final Set<String> OWN = Set.of("cohort_id", "country", "year_online", "it_capacity_mw",
            "year_retired");

    private PipelineReader() {
    }

    public static List<Cohort> read(Path file, ParameterCatalogue catalogue) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Path folder = file.toAbsolutePath().getParent();
            return read(reader, file.toString(), catalogue, folder);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("pipeline file " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every error names the file, the line and the column. */
    public static List<Cohort> read(Reader reader, String what, ParameterCatalogue catalogue, Path folder) {
        List<CSVRecord> records;
        List<String> header;
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(false).get().parse(reader);
            header = parser.getHeaderNames();
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": not a readable CSV file (" + e.getMessage() + ")");
        }
        List<String> missing = new ArrayList<>(REQUIRED.stream().filter(c -> !header.contains(c)).toList());
        if (!header.contains("site") && !header.contains("epw")) {
            missing.add("site (or epw)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(what + ": missing column(s) " + String.join(", ", missing));
        }
        for (String column : header) {
            if (!OWN.contains(column) && catalogue.find(column).isEmpty()) {
                throw new IllegalArgumentException(what + ": unknown column '" + column + "'; columns are "
                        + String.join(", ", REQUIRED) + ", site or epw, year_retired, or a scenario input (see"
                        + " 'parameters')");
            }
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(what + ": no cohorts (the file has a header only)");
        }
        List<Cohort> cohorts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (CSVRecord r : records) {
            String where = what + " line " + (r.getRecordNumber() + 1) + ": ";
            if (!r.isConsistent()) {
                throw new IllegalArgumentException(where + "has " + r.size() + " fields, the header " + header.size());
            }
            try {
                Cohort cohort = cohort(r, header, folder);
                if (!ids.add(cohort.cohortId())) {
                    throw new IllegalArgumentException("cohort_id '" + cohort.cohortId() + "' is given twice");
                }
                cohorts.add(cohort);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
        }
        return cohorts;
    }

    private static Cohort cohort(CSVRecord r, List<String> header, Path folder) {
        String id = r.get("cohort_id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("cohort_id is empty");
        }
        String country = r.get("country").toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country '" + r.get("country") + "' is not an ISO 3166-1 alpha-3 code");
        }
        double mw = StrictNumbers.parse(r.get("it_capacity_mw"), "it_capacity_mw");
        if (mw <= 0) {
            throw new IllegalArgumentException("it_capacity_mw " + r.get("it_capacity_mw") + " must be above 0");
        }
        int online = year(r.get("year_online"), "year_online");
        OptionalInt retired = OptionalInt.empty();
        if (header.contains("year_retired") && !r.get("year_retired").isEmpty()) {
            int year = year(r.get("year_retired"), "year_retired");
            if (year <= online) {
                throw new IllegalArgumentException("year_retired " + year + " must be after year_online " + online);
            }
            retired = OptionalInt.of(year);
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String column : header) {
            String value = r.get(column);
            if (OWN.contains(column) || value.isEmpty()) {
                continue;
            }
            if (column.equals("epw") && folder != null && !Path.of(value).isAbsolute()) {
                value = folder.resolve(value).toString();
            }
            inputs.put(column, value);
        }
        if (!inputs.containsKey("site") && !inputs.containsKey("epw")) {
            throw new IllegalArgumentException("site and epw are both empty: give one");
        }
        inputs.put("country", country);
        // kW as evaluate takes it; MW x 1000 is exact for any decimal a person writes
        inputs.put("it_capacity_kw", new java.math.BigDecimal(r.get("it_capacity_mw").trim())
                .multiply(java.math.BigDecimal.valueOf(1000)).stripTrailingZeros().toPlainString());
        return new Cohort(id, country, mw, online, retired, inputs);
    }

    private static int year(String text, String what) {
        int year = StrictNumbers.parseInt(text, what);
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException(what + " " + year + " is outside 1990..2100");
        }
        return year;
    }
}
