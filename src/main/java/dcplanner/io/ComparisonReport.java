package dcplanner.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dcplanner.scenario.Comparison;
import dcplanner.scenario.Evaluation;

/**
 * Two evaluations side by side with the abatement cost of the alternative, as JSON, CSV or a text table
 * (the {@code compare} command's output).
 */
public final class ComparisonReport {

    /** The outputs compared, keys of {@link EvaluationReport#OUTPUTS}. */
    private static final List<String> KEYS = List.of("pue", "wue_l_per_kwh", "it_energy_mwh", "facility_energy_mwh",
            "peak_facility_kw", "water_m3", "co2_location_t_per_year", "co2_market_t_per_year", "cue_kg_per_kwh",
            "co2_lifecycle_t", "capex_usd", "opex_usd_per_year", "tco_npv_usd", "lcoc_usd_per_kw_month",
            "cost_usd_per_mwh_it");

    private ComparisonReport() {
    }

    private static List<Column<Evaluation>> columns() {
        List<Column<Evaluation>> columns = new ArrayList<>();
        for (Column<Evaluation> column : EvaluationReport.OUTPUTS) {
            if (KEYS.contains(column.key())) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** Metric, unit, base, alternative and difference rows, then the abatement cost. */
    public static String csv(Comparison comparison) {
        List<String> headers = List.of("metric", "unit", "base", "alternative", "difference");
        List<List<Object>> rows = new ArrayList<>();
        for (Column<Evaluation> column : columns()) {
            double base = ((Number) column.valueOf(comparison.base())).doubleValue();
            double alternative = ((Number) column.valueOf(comparison.alternative())).doubleValue();
            rows.add(List.of(column.key(), column.unit(), Values.forData(base, column.dataDecimals(), column.key()),
                    Values.forData(alternative, column.dataDecimals(), column.key()),
                    Values.forData(alternative - base, column.dataDecimals(), column.key())));
        }
        rows.add(List.of("abatement_cost_usd_per_t", "USD/tCO2e", "", "", abatementCell(comparison)));
        return CsvOutput.write(headers, rows);
    }

    /** The two scenarios as given ({@code baseText}, {@code alternativeText}), their warnings and the table. */
    public static String table(Comparison comparison, String baseText, String alternativeText) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Base:        ").append(baseText).append(nl);
        out.append("Alternative: ").append(alternativeText).append(nl);
        List<String> warnings = new ArrayList<>(comparison.base().warnings());
        comparison.alternative().warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        warnings.forEach(w -> out.append("WARNING: ").append(w).append(nl));
        out.append(nl);
        TextTable table = new TextTable(List.of("Metric", "Base", "Alternative", "Difference", "Unit"))
                .leftAlign(0).leftAlign(4);
        for (Column<Evaluation> column : columns()) {
            double base = ((Number) column.valueOf(comparison.base())).doubleValue();
            double alternative = ((Number) column.valueOf(comparison.alternative())).doubleValue();
            table.add(List.of(column.header(), readable(base, column), readable(alternative, column),
                    readable(alternative - base, column), column.unit()));
        }
        out.append(table.render());
        out.append(nl);
        out.append(comparison.abatementCostUsdPerT().isPresent()
                ? String.format(java.util.Locale.ROOT, "Abatement cost: %,.0f USD per tCO2e avoided (%,.0f USD"
                        + " extra cost of ownership for %,.0f tCO2e avoided over the study period)%s",
                        comparison.abatementCostUsdPerT().getAsDouble(), comparison.extraCostUsd(),
                        comparison.co2AvoidedT(), comparison.abatementCostUsdPerT().getAsDouble() < 0
                                ? ": it saves money and carbon" : "")
                : "Abatement cost: n/a (the alternative avoids no CO2e over its life cycle)").append(nl);
        return out.toString();
    }

    private static String readable(double value, Column<Evaluation> column) {
        return Values.readable(value, column.decimals(), column.key());
    }

    private static Object abatementCell(Comparison comparison) {
        return comparison.abatementCostUsdPerT().isPresent()
                ? Values.forData(comparison.abatementCostUsdPerT().getAsDouble(), 2, "abatement") : "";
    }

    /** Base, alternative (site fields, outputs, warnings), their difference and the abatement cost. */
    public static Map<String, Object> json(Comparison comparison) {
        List<Column<Evaluation>> columns = columns();
        Map<String, Object> doc = new LinkedHashMap<>();
        for (String side : List.of("base", "alternative")) {
            Evaluation e = side.equals("base") ? comparison.base() : comparison.alternative();
            Map<String, Object> values = new LinkedHashMap<>(EvaluationReport.siteFields(e));
            columns.forEach(c -> values.put(c.key(), c.dataOf(e)));
            values.put("warnings", e.warnings());
            doc.put(side, values);
        }
        Map<String, Object> difference = new LinkedHashMap<>();
        columns.forEach(c -> difference.put(c.key(), Values.forData(
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
