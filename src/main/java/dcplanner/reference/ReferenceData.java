package dcplanner.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled country facts and exchange rates, with their sources (policy thresholds:
 * {@link dcplanner.policy.PolicyRules})
 * ({@code data/countries/}). Chooses the figure a scenario uses by default: the country's own
 * (the row named in {@code selection.csv} where there are several), converted to US dollars, or a
 * stated regional fallback.
 */
public final class ReferenceData {

    /** The ten ASEAN member states. */
    public static final List<String> ASEAN = List.of("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA",
            "VNM");

    private static final String DIR = "/data/countries/";
    /** The shared country data, copied unchanged. */
    public static final String MAIN_FILE = "asean-country-data.csv";
    /** Figures found later, with their sources (added by dc-planner). */
    public static final String EXTRA_FILE = "extra-figures.csv";

    private final List<ReferenceRow> rows;
    private final Map<String, ExchangeRate> rates;
    private final Map<String, List<Integer>> selectedLines;
    private final Map<String, String> selectionReasons;

    private ReferenceData(List<ReferenceRow> rows, Map<String, ExchangeRate> rates,
            Map<String, List<Integer>> selectedLines, Map<String, String> selectionReasons) {
        this.rows = List.copyOf(rows);
        this.rates = Collections.unmodifiableMap(rates);
        this.selectedLines = selectedLines;
        this.selectionReasons = selectionReasons;
    }

    /** Loads the bundled data. */
    public static ReferenceData bundled() {
        try {
            List<ReferenceRow> rows = new ArrayList<>();
            for (String file : List.of(MAIN_FILE, EXTRA_FILE)) {
                for (CSVRecord r : records(file)) {
                    String value = r.get("value").trim();
                    rows.add(new ReferenceRow(r.get("country_iso3"), r.get("parameter"),
                            value.isEmpty() ? null : Double.valueOf(value), r.get("unit"), r.get("year"),
                            r.get("confidence"), r.get("source"), r.get("note"), file,
                            (int) r.getRecordNumber() + 1));
                }
            }
            Map<String, ExchangeRate> rates = new LinkedHashMap<>();
            for (CSVRecord r : records("exchange-rates.csv")) {
                rates.put(r.get("currency"), new ExchangeRate(r.get("currency"), Double.parseDouble(r.get("usd_per_unit")),
                        r.get("year"), r.get("confidence"), r.get("source")));
            }
            Map<String, List<Integer>> selected = new LinkedHashMap<>();
            Map<String, String> reasons = new LinkedHashMap<>();
            for (CSVRecord r : records("selection.csv")) {
                String key = key(r.get("country_iso3"), r.get("parameter"));
                selected.put(key, Arrays.stream(r.get("source_lines").split(";")).map(String::trim)
                        .map(Integer::valueOf).toList());
                reasons.put(key, r.get("reason"));
            }
            ReferenceData data = new ReferenceData(rows, rates, selected, reasons);
            data.checkSelection();
            return data;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled country data: " + e.getMessage(), e);
        }
    }

    private static List<CSVRecord> records(String file) throws IOException {
        try (InputStream in = ReferenceData.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(DIR + file + " is missing from the jar");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)
                    .getRecords();
        }
    }

    private void checkSelection() {
        selectedLines.forEach((key, lines) -> {
            for (int line : lines) {
                ReferenceRow row = rowAt(line);
                if (!key(row.countryIso3(), row.parameter()).equals(key)) {
                    throw new IllegalStateException("selection.csv: line " + line + " of asean-country-data.csv is "
                            + row.countryIso3() + " " + row.parameter() + ", not " + key);
                }
            }
        });
    }

    private ReferenceRow rowAt(int line) {
        for (ReferenceRow row : rows) {
            if (row.file().equals(MAIN_FILE) && row.line() == line) {
                return row;
            }
        }
        throw new IllegalStateException("selection.csv names line " + line + ", which asean-country-data.csv lacks");
    }

    private static String key(String country, String parameter) {
        return country + "|" + parameter;
    }

    public List<ReferenceRow> rows() {
        return rows;
    }

    public List<ExchangeRate> exchangeRates() {
        return new ArrayList<>(rates.values());
    }

    /** US dollars per unit of {@code currency}. */
    public double usdPerUnit(String currency) {
        ExchangeRate rate = rates.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("no exchange rate for " + currency);
        }
        return rate.usdPerUnit();
    }

    /** The rows of one country and parameter, in file order. */
    public List<ReferenceRow> rows(String country, String parameter) {
        return rows.stream().filter(r -> r.countryIso3().equals(country) && r.parameter().equals(parameter)).toList();
    }

    /**
     * The country's own figure for {@code parameter}: the single row, or the rows named in
     * selection.csv (summed when several, e.g. two demand charges), in US dollars where money.
     */
    public Optional<Figure> countryFigure(String country, String parameter) {
        List<ReferenceRow> candidates = rows(country, parameter).stream().filter(r -> r.value() != null).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<ReferenceRow> chosen;
        String reason = "";
        String key = key(country, parameter);
        if (selectedLines.containsKey(key)) {
            chosen = selectedLines.get(key).stream().map(this::rowAt).toList();
            reason = selectionReasons.get(key);
        } else if (candidates.size() == 1) {
            chosen = candidates;
        } else {
            throw new IllegalStateException(country + " " + parameter + " has " + candidates.size()
                    + " figures and selection.csv names none of them");
        }
        double total = 0;
        String unit = null;
        for (ReferenceRow row : chosen) {
            Converted converted = toUsd(row.value(), row.unit());
            total += converted.value;
            unit = converted.unit;
        }
        ReferenceRow first = chosen.get(0);
        String source = first.source() + (reason.isEmpty() ? "" : " [chosen: " + reason + "]");
        return Optional.of(new Figure(total, unit, source, first.year(), first.confidence(), chosen, ""));
    }

    /**
     * The country's figure, or the ASEAN median of the countries that have one (or the dataset's
     * own APAC figure for tariffs), with a note saying so.
     */
    public Optional<Figure> figure(String country, String parameter) {
        Optional<Figure> own = countryFigure(country, parameter);
        if (own.isPresent()) {
            return own;
        }
        List<ReferenceRow> apac = rows("APAC", parameter);
        if (!apac.isEmpty() && apac.get(0).value() != null) {
            ReferenceRow row = apac.get(0);
            Converted converted = toUsd(row.value(), row.unit());
            return Optional.of(new Figure(converted.value, converted.unit, row.source(), row.year(), row.confidence(),
                    List.of(row), "no " + label(parameter) + " for " + country + ": the APAC average "
                            + plain(converted.value) + " " + converted.unit + " (" + row.source() + ", " + row.year()
                            + ") is used"));
        }
        return regionalMedian(parameter).map(median -> new Figure(median.value(), median.unit(), median.source(),
                median.year(), "low", List.of(), "no " + label(parameter) + " for " + country + ": "
                        + median.source() + " is used"));
    }

    /** Median over the ASEAN countries that have a figure, in US-dollar units. */
    public Optional<Figure> regionalMedian(String parameter) {
        List<Double> values = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        String unit = null;
        String latestYear = "";
        for (String country : ASEAN) {
            Optional<Figure> figure = countryFigure(country, parameter);
            if (figure.isPresent()) {
                values.add(figure.get().value());
                countries.add(country);
                unit = figure.get().unit();
                if (figure.get().year().compareTo(latestYear) > 0) {
                    latestYear = figure.get().year();
                }
            }
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : 0.5 * (sorted.get(n / 2 - 1) + sorted.get(n / 2));
        String source = String.format(Locale.ROOT, "the ASEAN median %s %s of the %d countries with a figure (%s)",
                plain(median), unit, n, String.join(", ", countries));
        return Optional.of(new Figure(median, unit, source, latestYear, "low", List.of(), ""));
    }

    /**
     * A carbon price schedule for {@code country}: calendar year -> USD per tonne, each published
     * price holding from its year until the next; empty where no price applies.
     */
    public TreeMap<Integer, Double> carbonPriceSchedule(String country) {
        TreeMap<Integer, Double> schedule = new TreeMap<>();
        if (!"SGP".equals(country)) {
            return schedule; // others: no price on data-centre electricity (see the notes of their rows)
        }
        for (ReferenceRow row : rows(country, "carbon_price")) {
            if (row.value() != null) {
                schedule.put(Integer.parseInt(row.year()), toUsd(row.value(), row.unit()).value);
            }
        }
        return schedule;
    }

    /**
     * Whether a scenario in the row's country uses this row by default: the single figure, the
     * selected one, or a step of the carbon price schedule.
     */
    public boolean usedByDefault(ReferenceRow row) {
        if (row.value() == null) {
            return false;
        }
        if (row.parameter().equals("carbon_price")) {
            return carbonPriceSchedule(row.countryIso3()).containsKey(Integer.parseInt(row.year()));
        }
        List<ReferenceRow> candidates = rows(row.countryIso3(), row.parameter()).stream()
                .filter(r -> r.value() != null).toList();
        String key = key(row.countryIso3(), row.parameter());
        if (selectedLines.containsKey(key)) {
            return row.file().equals(MAIN_FILE) && selectedLines.get(key).contains(row.line());
        }
        return candidates.size() == 1;
    }

    /** A value in US-dollar (or g/kWh) units and its unit. */
    public record Converted(double value, String unit) {
    }

    /** One row's value converted to US dollars where it is money (e.g. 3.98 THB/kWh -> 0.113 USD/kWh). */
    public Converted usdFigureOf(ReferenceRow row) {
        if (row.value() == null) {
            throw new IllegalArgumentException(row.countryIso3() + " " + row.parameter() + " has no value");
        }
        return toUsd(row.value(), row.unit());
    }

    /** Converts a value in a source unit to US dollars where the unit names a currency. */
    Converted toUsd(double value, String unit) {
        String trimmed = unit.trim();
        if (trimmed.equals("IDR/W")) {
            // USD per W is numerically USD million per MW
            return new Converted(value * usdPerUnit("IDR"), "USD million/MW");
        }
        if (trimmed.equals("kgCO2/kWh") || trimmed.equals("kgCO2e/kWh")) {
            return new Converted(value * 1000, "gCO2/kWh");
        }
        int space = trimmed.indexOf(' ');
        int slash = trimmed.indexOf('/');
        int end = space > 0 && (slash < 0 || space < slash) ? space : slash;
        if (end > 0) {
            String currency = trimmed.substring(0, end);
            if (rates.containsKey(currency)) {
                return new Converted(value * usdPerUnit(currency), "USD" + trimmed.substring(end));
            }
        }
        return new Converted(value, trimmed);
    }

    private static String label(String parameter) {
        return parameter.replace('_', ' ');
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}
