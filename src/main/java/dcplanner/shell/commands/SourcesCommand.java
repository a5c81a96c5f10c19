package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dcplanner.io.CsvOutput;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.io.Values;
import dcplanner.reference.ExchangeRate;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.PolicyRules;
import dcplanner.reference.ReferenceData;
import dcplanner.reference.ReferenceRow;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;

/** {@code sources}: every bundled reference value with its source, year and confidence. */
@Component
public class SourcesCommand extends PlannerCommand {

    private static final List<String> COLUMNS = List.of("kind", "country", "parameter", "value", "unit", "value_usd",
            "unit_usd", "year", "confidence", "default", "source", "note");

    private final ReferenceData reference;
    /** The policy rules listed with the other figures. */
    private final PolicyRules rules = PolicyRules.bundled();

    public SourcesCommand(ReferenceData reference) {
        super("sources", "list every reference figure (grid carbon, tariffs, costs, exchange rates, policy limits)"
                + " with its source, year and confidence", List.of(
                        OptionSpec.choice("country", "ISO3", "only this country (and the regional figures)", null,
                                () -> countries(reference)),
                        OptionSpec.format()));
        this.reference = reference;
    }

    private static List<String> countries(ReferenceData reference) {
        List<String> countries = new ArrayList<>(ReferenceData.ASEAN);
        countries.add("APAC");
        for (PolicyRule rule : PolicyRules.bundled().all()) { // before the field is set: called in super(...)
            if (!countries.contains(rule.jurisdiction())) {
                countries.add(rule.jurisdiction());
            }
        }
        return countries;
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        Optional<String> country = args.get("country").map(c -> c.toUpperCase(Locale.ROOT));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReferenceRow row : reference.rows()) {
            boolean regional = row.countryIso3().equals("APAC");
            if (country.isPresent() && !row.countryIso3().equals(country.get())
                    && !(regional && reference.countryFigure(country.get(), row.parameter()).isEmpty())) {
                continue; // another country's row, or a regional figure this country does not fall back on
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", "figure");
            r.put("country", row.countryIso3());
            r.put("parameter", row.parameter());
            r.put("value", row.value() == null ? "" : Values.forData(row.value(), 6, row.parameter()));
            r.put("unit", row.unit());
            boolean isDefault = reference.usedByDefault(row);
            double usd = row.value() == null ? Double.NaN : usdValue(row);
            r.put("value_usd", Double.isNaN(usd) ? "" : Values.forData(usd, 6, row.parameter()));
            r.put("unit_usd", Double.isNaN(usd) ? "" : usdUnit(row));
            r.put("year", row.year());
            r.put("confidence", row.confidence());
            r.put("default", row.value() == null ? "no (no value)"
                    : regional ? "fallback"
                    : isDefault ? "yes" : "no (another figure is used)");
            r.put("source", row.source());
            r.put("note", row.note());
            rows.add(r);
        }
        if (country.isEmpty()) {
            for (ExchangeRate rate : reference.exchangeRates()) {
                rows.add(row("exchange_rate", "", "usd_per_" + rate.currency(), rate.usdPerUnit(), "USD/" + rate.currency(),
                        rate.year(), rate.confidence(), "yes", rate.source(), ""));
            }
        }
        for (PolicyRule t : rules.all()) {
            if (country.isPresent() && !t.jurisdiction().equals(country.get())) {
                continue;
            }
            rows.add(row("policy_threshold", t.jurisdiction(), t.metric().id(), t.limit(), t.direction().symbol()
                    + (t.loadPointPercent().isEmpty() ? " (" + t.loadPointLabel() + ")" : " at "
                            + t.loadPointLabel() + " IT load"),
                    t.year(), t.confidence(), "", t.source(), t.scheme() + "; " + t.appliesTo()));
        }
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> out.println(JsonOutput.write(rows));
            case CSV -> out.print(CsvOutput.write(COLUMNS, rows.stream()
                    .map(r -> (List<Object>) new ArrayList<>(r.values())).toList()));
            case TABLE -> {
                TextTable table = new TextTable(List.of("Kind", "Country", "Parameter", "Value", "Unit", "USD value",
                        "Year", "Conf.", "Default", "Source")).leftAlign(0).leftAlign(1).leftAlign(2).leftAlign(4)
                        .leftAlign(6).leftAlign(7).leftAlign(8).leftAlign(9);
                for (Map<String, Object> r : rows) {
                    table.add(List.of(String.valueOf(r.get("kind")), String.valueOf(r.get("country")),
                            String.valueOf(r.get("parameter")), String.valueOf(r.get("value")),
                            String.valueOf(r.get("unit")), String.valueOf(r.get("value_usd")),
                            String.valueOf(r.get("year")), String.valueOf(r.get("confidence")),
                            String.valueOf(r.get("default")).startsWith("yes") ? "yes" : "",
                            TextTable.clip(String.valueOf(r.get("source")), 90)));
                }
                out.print(table.render());
                out.println(rows.size() + " figures. Full sources and notes: --format csv or json. Where a country"
                        + " lacks a figure, results name the fallback used; every default a scenario at a site"
                        + " uses, fallbacks included: 'parameters --site <site>'.");
            }
        }
    }

    private static Map<String, Object> row(String kind, String country, String parameter, double value, String unit,
            String year, String confidence, String isDefault, String source, String note) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", kind);
        r.put("country", country);
        r.put("parameter", parameter);
        r.put("value", Values.forData(value, 6, parameter));
        r.put("unit", unit);
        r.put("value_usd", "");
        r.put("unit_usd", "");
        r.put("year", year);
        r.put("confidence", confidence);
        r.put("default", isDefault);
        r.put("source", source);
        r.put("note", note);
        return r;
    }

    private double usdValue(ReferenceRow row) {
        return reference.usdFigureOf(row).value();
    }

    private String usdUnit(ReferenceRow row) {
        return reference.usdFigureOf(row).unit();
    }
}
