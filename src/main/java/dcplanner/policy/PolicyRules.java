package dcplanner.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dcplanner.climate.Site;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.text.StrictNumbers;

/**
 * Policy rules and the regions they may be limited to, read from {@code data/countries/
 * policy-thresholds.csv} and {@code policy-regions.csv} or from a user's file in the same schema.
 *
 * <p>Which rules apply to a site: the rules of the site's country that cover the whole country,
 * and the rules of every region of that country the site lies in (Johor's rules apply to sites in
 * Johor, not to Kuala Lumpur).
 */
public final class PolicyRules {

    /** Columns a thresholds file must have. */
    public static final List<String> COLUMNS = List.of("rule_id", "jurisdiction", "region", "scheme", "metric",
            "comparison", "limit", "at_it_load", "status", "applies_to", "year", "confidence", "source");
    /** The value of {@code --jurisdiction} that selects every rule. */
    public static final String ALL = "all";

    private static final String DIR = "/data/countries/";

    private final List<PolicyRule> rules;
    private final List<PolicyRegion> regions;

    public PolicyRules(List<PolicyRule> rules, List<PolicyRegion> regions) {
        this.rules = List.copyOf(rules);
        this.regions = List.copyOf(regions);
        Set<String> ids = new LinkedHashSet<>();
        for (PolicyRule rule : rules) {
            if (!ids.add(rule.ruleId())) {
                throw new IllegalArgumentException("rule_id '" + rule.ruleId() + "' is given twice");
            }
        }
    }

    /** The bundled rules and regions, read once (commands, batch runners and user files all share them). */
    private static volatile PolicyRules bundled;

    /** The bundled rules and regions. */
    public static PolicyRules bundled() {
        PolicyRules read = bundled;
        if (read == null) {
            // immutable: two threads that both read it get equal copies, one of which is kept
            read = new PolicyRules(readResource("policy-thresholds.csv", r -> parseRules(r, "policy-thresholds.csv")),
                    readResource("policy-regions.csv", PolicyRules::parseRegions));
            bundled = read;
        }
        return read;
    }

    /** The rules of a user's file (same schema as the bundled one), with the bundled regions. */
    public static PolicyRules fromFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new PolicyRules(parseRules(reader, file.toString()), bundled().regions);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("thresholds file " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read thresholds file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * These rules and {@code more} (a user's rules added to the bundled ones): a rule of
     * {@code more} with the id of one of these replaces it in place; the others follow.
     */
    public PolicyRules plus(PolicyRules more) {
        List<PolicyRule> all = new ArrayList<>();
        for (PolicyRule rule : rules) {
            all.add(more.rules.stream().filter(m -> m.ruleId().equals(rule.ruleId())).findFirst().orElse(rule));
        }
        more.rules.stream().filter(m -> all.stream().noneMatch(r -> r.ruleId().equals(m.ruleId()))).forEach(all::add);
        return new PolicyRules(all, regions);
    }

    public List<PolicyRule> all() {
        return rules;
    }

    public List<PolicyRegion> regions() {
        return regions;
    }

    /** The regions of {@code country} the site lies in. */
    public List<PolicyRegion> regionsOf(Site site, String country) {
        return regions.stream().filter(r -> r.contains(site, country)).toList();
    }

    /**
     * The rules that apply to a site in {@code country}: the country's national rules and those of
     * the regions the site lies in.
     */
    public List<PolicyRule> applicableTo(Site site, String country) {
        List<String> inRegions = regionsOf(site, country).stream().map(PolicyRegion::name).toList();
        return rules.stream().filter(r -> r.jurisdiction().equals(country)
                && (r.national() || inRegions.contains(r.region()))).toList();
    }

    /** The rules that apply to an evaluated scenario: those of its site in the scenario's country. */
    public List<PolicyRule> applicableTo(Evaluation evaluation) {
        return applicableTo(evaluation.climate().site(), evaluation.countryIso3());
    }

    /**
     * The rules of a jurisdiction given by name: {@code all}, a country code (every rule of the
     * country, its regions' included) or a region name.
     */
    public List<PolicyRule> forJurisdiction(String jurisdiction) {
        if (jurisdiction.equalsIgnoreCase(ALL)) {
            return rules;
        }
        List<PolicyRule> selected = rules.stream().filter(r -> r.jurisdiction().equalsIgnoreCase(jurisdiction)
                || r.region().equalsIgnoreCase(jurisdiction)).toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("jurisdiction '" + jurisdiction + "' has no rules; allowed: "
                    + String.join(", ", jurisdictions()));
        }
        return selected;
    }

    /** Every value {@code --jurisdiction} accepts: the countries, the regions and {@code all}. */
    public List<String> jurisdictions() {
        Set<String> names = new LinkedHashSet<>();
        rules.forEach(r -> names.add(r.jurisdiction()));
        rules.stream().filter(r -> !r.national()).forEach(r -> names.add(r.region()));
        names.add(ALL);
        return List.copyOf(names);
    }

    private static <T> T readResource(String file, Function<Reader, T> parser) {
        try (InputStream in = PolicyRules.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(DIR + file + " is missing from the jar");
            }
            return parser.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file + ": " + e.getMessage(), e);
        }
    }

    private static List<CSVRecord> records(Reader reader, String what, List<String> required) {
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setTrim(true).setIgnoreEmptyLines(true).get().parse(reader).getRecords();
            if (!records.isEmpty()) {
                List<String> missing = required.stream().filter(c -> !records.get(0).isMapped(c)).toList();
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(what + ": missing column(s) " + String.join(", ", missing)
                            + "; a thresholds file has the columns " + String.join(", ", required));
                }
            }
            return records;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(what + ": not a readable CSV file (" + e.getMessage() + ")");
        }
    }

    /** Parses rules; every error names the file, the line and the field. */
    static List<PolicyRule> parseRules(Reader reader, String what) {
        List<PolicyRule> rules = new ArrayList<>();
        for (CSVRecord r : records(reader, what, COLUMNS)) {
            String where = what + " line " + (r.getRecordNumber() + 1) + ": ";
            if (!r.isConsistent()) {
                throw new IllegalArgumentException(where + "has " + r.size() + " fields, the header "
                        + r.getParser().getHeaderNames().size());
            }
            try {
                PolicyRule rule = rule(r);
                if (rules.stream().anyMatch(other -> other.ruleId().equals(rule.ruleId()))) {
                    throw new IllegalArgumentException("rule_id '" + rule.ruleId() + "' is given twice");
                }
                rules.add(rule);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
        }
        return rules;
    }

    private static PolicyRule rule(CSVRecord r) {
        String id = r.get("rule_id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("rule_id '" + id + "' must be lower-case letters, digits and dashes");
        }
        String jurisdiction = r.get("jurisdiction").toUpperCase(Locale.ROOT);
        if (!jurisdiction.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("jurisdiction '" + r.get("jurisdiction")
                    + "' is not an ISO 3166-1 alpha-3 country code");
        }
        PolicyMetric metric = PolicyMetric.fromId(r.get("metric"));
        OptionalInt loadPoint = OptionalInt.empty();
        String load = r.get("at_it_load");
        if (!load.isEmpty()) {
            if (!metric.hasLoadPoints()) {
                throw new IllegalArgumentException("at_it_load must be empty for " + metric.id()
                        + ", which has no value at a fixed IT load");
            }
            double fraction = StrictNumbers.parse(load, "at_it_load");
            int percent = (int) Math.round(fraction * 100);
            if (Math.abs(fraction * 100 - percent) > 1e-9
                    || Arrays.stream(EvaluationService.LOAD_POINTS_PERCENT).noneMatch(p -> p == percent)) {
                throw new IllegalArgumentException("at_it_load '" + load + "' is not allowed; allowed: empty (annual)"
                        + " or one of " + Arrays.stream(EvaluationService.LOAD_POINTS_PERCENT)
                                .mapToObj(p -> String.valueOf(p / 100.0)).reduce((a, b) -> a + ", " + b).orElse(""));
            }
            loadPoint = OptionalInt.of(percent);
        }
        String source = r.get("source");
        if (source.isEmpty()) {
            throw new IllegalArgumentException("source is empty: every rule names where its limit comes from");
        }
        return new PolicyRule(id, jurisdiction, r.get("region"), r.get("scheme"), metric,
                Direction.fromSymbol(r.get("comparison")), StrictNumbers.parse(r.get("limit"), "limit"), loadPoint,
                RuleStatus.fromLabel(r.get("status")), r.get("applies_to"), r.get("year"), r.get("confidence"),
                source);
    }

    static List<PolicyRegion> parseRegions(Reader reader) {
        List<PolicyRegion> regions = new ArrayList<>();
        for (CSVRecord r : records(reader, "policy-regions.csv", List.of("region", "country_iso3", "site_ids",
                "lat_min_deg", "lat_max_deg", "lon_min_deg", "lon_max_deg", "source"))) {
            String where = "policy-regions.csv line " + (r.getRecordNumber() + 1);
            Set<String> ids = new LinkedHashSet<>();
            for (String id : r.get("site_ids").split(";")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
            regions.add(new PolicyRegion(r.get("region"), r.get("country_iso3"), Collections.unmodifiableSet(ids),
                    StrictNumbers.parse(r.get("lat_min_deg"), where + " lat_min_deg"),
                    StrictNumbers.parse(r.get("lat_max_deg"), where + " lat_max_deg"),
                    StrictNumbers.parse(r.get("lon_min_deg"), where + " lon_min_deg"),
                    StrictNumbers.parse(r.get("lon_max_deg"), where + " lon_max_deg"), r.get("source")));
        }
        return regions;
    }
}
