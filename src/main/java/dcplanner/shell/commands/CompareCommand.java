package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dcplanner.io.Column;
import dcplanner.io.CsvOutput;
import dcplanner.io.EvaluationReport;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.io.Values;
import dcplanner.scenario.Comparison;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.shell.CatalogueOptions;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.WorkspaceSession;

/**
 * {@code compare}: two scenarios side by side and the abatement cost of the alternative (USD per
 * tonne CO2e avoided).
 */
@Component
public class CompareCommand extends PlannerCommand {

    private static final List<String> KEYS = List.of("pue", "wue_l_per_kwh", "it_energy_mwh", "facility_energy_mwh",
            "peak_facility_kw", "water_m3", "co2_location_t_per_year", "co2_market_t_per_year", "cue_kg_per_kwh",
            "co2_lifecycle_t", "capex_usd", "opex_usd_per_year", "tco_npv_usd", "lcoc_usd_per_kw_month",
            "cost_usd_per_mwh_it");

    private final EvaluationService service;
    private final ParameterCatalogue catalogue;
    private final NamedComparison named;

    public CompareCommand(EvaluationService service, ParameterCatalogue catalogue, WorkspaceSession session) {
        super("compare", "compare scenarios of the workspace (compare A B C, compare A --vary site|cooling) or two"
                + " given as options, with the abatement cost (USD per tCO2e)",
                List.of(OptionSpec.options("base", "inputs of the base scenario, e.g."
                        + " \"--site singapore --cooling air-cooled-chiller\""),
                        OptionSpec.options("alternative", "inputs of the alternative; inputs"
                                + " it does not give are taken from the base"),
                        OptionSpec.choice("vary", "site|cooling", "compare NAME with every built-in site or every"
                                + " cooling technology", null, () -> NamedComparison.VARIABLES),
                        OptionSpec.format()));
        this.service = service;
        this.catalogue = catalogue;
        this.named = new NamedComparison(session);
        acceptArguments(ScenarioCommands.names(session, "[NAMES...]", 0, 1000));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        if (!args.arguments().isEmpty() || args.has("vary")) {
            named.run(args, out);
            return;
        }
        Map<String, String> baseInputs = CatalogueOptions.parse(args.require("base"), "compare --base", catalogue);
        Map<String, String> alternativeInputs = new LinkedHashMap<>(baseInputs);
        Map<String, String> changes = CatalogueOptions.parse(args.require("alternative"), "compare --alternative",
                catalogue);
        if (changes.containsKey("site")) {
            alternativeInputs.remove("epw");
        }
        if (changes.containsKey("epw")) {
            alternativeInputs.remove("site");
        }
        alternativeInputs.putAll(changes);
        Comparison comparison = new Comparison(service.evaluate(baseInputs), service.evaluate(alternativeInputs));
        Map<String, Column<Evaluation>> columns = new LinkedHashMap<>();
        for (Column<Evaluation> column : EvaluationReport.OUTPUTS) {
            if (KEYS.contains(column.key())) {
                columns.put(column.key(), column);
            }
        }
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> out.println(JsonOutput.write(json(comparison, columns)));
            case CSV -> {
                List<String> headers = List.of("metric", "unit", "base", "alternative", "difference");
                List<List<Object>> rows = new ArrayList<>();
                for (Column<Evaluation> column : columns.values()) {
                    double base = ((Number) column.valueOf(comparison.base())).doubleValue();
                    double alternative = ((Number) column.valueOf(comparison.alternative())).doubleValue();
                    rows.add(List.of(column.key(), column.unit(), Values.forData(base, column.dataDecimals(), column.key()),
                            Values.forData(alternative, column.dataDecimals(), column.key()),
                            Values.forData(alternative - base, column.dataDecimals(), column.key())));
                }
                rows.add(List.of("abatement_cost_usd_per_t", "USD/tCO2e", "", "", abatementCell(comparison)));
                out.print(CsvOutput.write(headers, rows));
            }
            case TABLE -> {
                out.println("Base:        " + args.require("base"));
                out.println("Alternative: " + args.require("alternative"));
                List<String> warnings = new ArrayList<>(comparison.base().warnings());
                comparison.alternative().warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
                warnings.forEach(w -> out.println("WARNING: " + w));
                out.println();
                TextTable table = new TextTable(List.of("Metric", "Base", "Alternative", "Difference", "Unit"))
                        .leftAlign(0).leftAlign(4);
                for (Column<Evaluation> column : columns.values()) {
                    double base = ((Number) column.valueOf(comparison.base())).doubleValue();
                    double alternative = ((Number) column.valueOf(comparison.alternative())).doubleValue();
                    table.add(List.of(column.header(), readable(base, column), readable(alternative, column),
                            readable(alternative - base, column), column.unit()));
                }
                out.print(table.render());
                out.println();
                out.println(comparison.abatementCostUsdPerT().isPresent()
                        ? String.format(java.util.Locale.ROOT, "Abatement cost: %,.0f USD per tCO2e avoided (%,.0f USD"
                                + " extra cost of ownership for %,.0f tCO2e avoided over the study period)%s",
                                comparison.abatementCostUsdPerT().getAsDouble(), comparison.extraCostUsd(),
                                comparison.co2AvoidedT(), comparison.abatementCostUsdPerT().getAsDouble() < 0
                                        ? ": it saves money and carbon" : "")
                        : "Abatement cost: n/a (the alternative avoids no CO2e over its life cycle)");
            }
        }
    }

    private static String readable(double value, Column<Evaluation> column) {
        return Values.readable(value, column.decimals(), column.key());
    }

    private static Object abatementCell(Comparison comparison) {
        return comparison.abatementCostUsdPerT().isPresent()
                ? Values.forData(comparison.abatementCostUsdPerT().getAsDouble(), 2, "abatement") : "";
    }

    private static Map<String, Object> json(Comparison comparison, Map<String, Column<Evaluation>> columns) {
        Map<String, Object> doc = new LinkedHashMap<>();
        for (String side : List.of("base", "alternative")) {
            Evaluation e = side.equals("base") ? comparison.base() : comparison.alternative();
            Map<String, Object> values = new LinkedHashMap<>(EvaluationReport.siteFields(e));
            columns.values().forEach(c -> values.put(c.key(), Values.forData(c.valueOf(e), c.dataDecimals(), c.key())));
            values.put("warnings", e.warnings());
            doc.put(side, values);
        }
        Map<String, Object> difference = new LinkedHashMap<>();
        columns.values().forEach(c -> difference.put(c.key(), Values.forData(
                ((Number) c.valueOf(comparison.alternative())).doubleValue()
                        - ((Number) c.valueOf(comparison.base())).doubleValue(), c.dataDecimals(), c.key())));
        doc.put("difference", difference);
        doc.put("co2_avoided_t", Values.forData(comparison.co2AvoidedT(), 1, "co2_avoided_t"));
        doc.put("extra_cost_usd", Values.forData(comparison.extraCostUsd(), 0, "extra_cost_usd"));
        doc.put("abatement_cost_usd_per_t", comparison.abatementCostUsdPerT().isPresent()
                ? Values.forData(comparison.abatementCostUsdPerT().getAsDouble(), 2, "abatement") : null);
        return doc;
    }
}
