package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dcplanner.energy.CoolingTechnology;
import dcplanner.io.Column;
import dcplanner.io.CsvOutput;
import dcplanner.io.JsonOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.io.Values;
import dcplanner.scenario.Comparison;
import dcplanner.scenario.Evaluation;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.UsageException;
import dcplanner.shell.WorkspaceScenarios;
import dcplanner.shell.WorkspaceSession;

/**
 * {@code compare A B C ...} and {@code compare NAME --vary site|cooling}: workspace scenarios (or
 * variants of one, built on the fly) side by side: the inputs that differ, every headline result
 * with the best of each row marked, the difference to the first, and the abatement cost of each
 * against the first.
 */
final class NamedComparison {

    /** What {@code --vary} can vary. */
    static final List<String> VARIABLES = List.of("site", "cooling");

    private final WorkspaceSession session;

    NamedComparison(WorkspaceSession session) {
        this.session = session;
    }

    void run(CommandArgs args, PrintWriter out) {
        Map<String, Map<String, String>> scenarios = new LinkedHashMap<>();
        List<String> names = args.arguments();
        if (args.has("vary")) {
            if (names.size() != 1) {
                throw new UsageException("compare --vary: give one scenario, e.g. compare alpha --vary site");
            }
            scenarios.putAll(variants(names.get(0), args.require("vary")));
        } else {
            if (names.size() < 2) {
                throw new UsageException("compare: give two or more scenarios (compare A B C), one with --vary site"
                        + " or --vary cooling, or --base \"...\" --alternative \"...\"");
            }
            for (String name : names) {
                if (scenarios.put(name, session.inputs(name)) != null) {
                    throw new UsageException("compare: " + name + " is named twice");
                }
            }
        }
        List<String> labels = new ArrayList<>(scenarios.keySet());
        List<Evaluation> evaluations = scenarios.values().stream().map(session::evaluate).toList();
        List<Column<Evaluation>> columns = RunCommand.headlines();
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> out.println(JsonOutput.write(json(labels, evaluations, columns)));
            case CSV -> out.print(csv(labels, evaluations, columns));
            case TABLE -> table(out, scenarios, labels, evaluations, columns);
        }
    }

    /** The scenario with each built-in site, or each technology; the scenario's own value first. */
    private Map<String, Map<String, String>> variants(String name, String variable) {
        Map<String, String> base = session.inputs(name);
        String own = session.resolve(base).find(variable).map(v -> v.text()).orElse("");
        List<String> values = new ArrayList<>();
        if (!own.isEmpty()) {
            values.add(own);
        }
        List<String> all = variable.equals("site") ? session.service().climates().catalogue().ids()
                : CoolingTechnology.ids();
        all.stream().filter(v -> !v.equals(own)).forEach(values::add);
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        for (String value : values) {
            Map<String, String> inputs = WorkspaceScenarios.merged(base, Map.of(variable, value));
            variants.put(value.equals(own) ? name + "(" + value + ")" : value, inputs);
        }
        return variants;
    }

    private void table(PrintWriter out, Map<String, Map<String, String>> scenarios, List<String> labels,
            List<Evaluation> evaluations, List<Column<Evaluation>> columns) {
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(labels);
        header.add("Unit");
        // the inputs that differ, as given (defaults follow them: a site brings its country's figures)
        Set<String> given = new LinkedHashSet<>();
        scenarios.values().forEach(inputs -> given.addAll(inputs.keySet()));
        TextTable inputs = new TextTable(header).leftAlign(0);
        for (int c = 1; c < header.size(); c++) {
            inputs.leftAlign(c);
        }
        int differing = 0;
        for (String input : session.service().resolver().catalogue().all().stream().map(p -> p.name()).toList()) {
            if (!given.contains(input)) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(input));
            for (Evaluation e : evaluations) {
                row.add(e.scenario().find(input).map(v -> TextTable.clip(v.text(), 28) + (v.given() ? "" : " (d)"))
                        .orElse("-"));
            }
            if (row.stream().skip(1).distinct().count() > 1) {
                row.add(session.service().resolver().catalogue().find(input).orElseThrow().unit());
                inputs.add(row);
                differing++;
            }
        }
        if (differing > 0) {
            out.println("Inputs that differ ((d) = default):");
            out.print(inputs.render());
            out.println();
        }
        TextTable results = new TextTable(header).leftAlign(0).leftAlign(header.size() - 1);
        for (Column<Evaluation> column : columns) {
            double[] values = evaluations.stream().mapToDouble(e -> number(column, e)).toArray();
            double best = java.util.Arrays.stream(values).min().orElse(0);
            List<String> row = new ArrayList<>(List.of(column.header()));
            for (double value : values) {
                boolean isBest = values.length > 1 && Values.readable(value, column.decimals(), column.key())
                        .equals(Values.readable(best, column.decimals(), column.key()));
                row.add(Values.readable(value, column.decimals(), column.key()) + (isBest ? " *" : "  "));
            }
            row.add(column.unit());
            results.add(row);
        }
        out.println("Results (* best: lowest):");
        out.print(results.render());
        out.println();
        TextTable differences = new TextTable(differenceHeader(labels))
                .leftAlign(0).leftAlign(labels.size());
        for (Column<Evaluation> column : columns) {
            List<String> row = new ArrayList<>(List.of(column.header()));
            double first = number(column, evaluations.get(0));
            for (int i = 1; i < evaluations.size(); i++) {
                row.add(signed(number(column, evaluations.get(i)) - first, column));
            }
            row.add(column.unit());
            differences.add(row);
        }
        List<String> abatement = new ArrayList<>(List.of("Abatement cost (vs " + labels.get(0) + ")"));
        for (int i = 1; i < evaluations.size(); i++) {
            Comparison comparison = new Comparison(evaluations.get(0), evaluations.get(i));
            abatement.add(comparison.abatementCostUsdPerT().isPresent() ? String.format(Locale.ROOT, "%,.0f",
                    comparison.abatementCostUsdPerT().getAsDouble()) : "n/a");
        }
        abatement.add("USD/tCO2e");
        differences.add(abatement);
        out.println("Difference to " + labels.get(0) + " (abatement cost: extra cost of ownership per tCO2e avoided;"
                + " negative: saves money too):");
        out.print(differences.render());
        List<String> warnings = new ArrayList<>();
        evaluations.forEach(e -> e.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add));
        warnings.forEach(w -> out.println("WARNING: " + w));
    }

    private static List<String> differenceHeader(List<String> labels) {
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(labels.subList(1, labels.size()));
        header.add("Unit");
        return header;
    }

    private static double number(Column<Evaluation> column, Evaluation e) {
        return ((Number) column.valueOf(e)).doubleValue();
    }

    private static String signed(double value, Column<Evaluation> column) {
        String text = Values.readable(value, column.decimals(), column.key());
        if (text.matches("-?[0,.]+")) {
            return text.replace("-", ""); // rounds to zero: no sign
        }
        return value > 0 ? "+" + text : text;
    }

    private static List<Map<String, Object>> json(List<String> labels, List<Evaluation> evaluations,
            List<Column<Evaluation>> columns) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("scenario_id", labels.get(i));
            Evaluation e = evaluations.get(i);
            for (Column<Evaluation> c : columns) {
                doc.put(c.key(), Values.forData(c.valueOf(e), c.dataDecimals(), c.key()));
            }
            Map<String, Object> difference = new LinkedHashMap<>();
            for (Column<Evaluation> c : columns) {
                difference.put(c.key(), Values.forData(number(c, e) - number(c, evaluations.get(0)), c.dataDecimals(),
                        c.key()));
            }
            doc.put("difference_to_first", difference);
            Comparison comparison = new Comparison(evaluations.get(0), e);
            doc.put("abatement_cost_usd_per_t", i > 0 && comparison.abatementCostUsdPerT().isPresent()
                    ? Values.forData(comparison.abatementCostUsdPerT().getAsDouble(), 2, "abatement") : null);
            doc.put("warnings", e.warnings());
            docs.add(doc);
        }
        return docs;
    }

    private static String csv(List<String> labels, List<Evaluation> evaluations, List<Column<Evaluation>> columns) {
        List<String> header = new ArrayList<>(List.of("scenario_id"));
        columns.forEach(c -> header.add(c.key()));
        header.add("abatement_cost_usd_per_t");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Evaluation e = evaluations.get(i);
            List<Object> row = new ArrayList<>(List.of(labels.get(i)));
            columns.forEach(c -> row.add(Values.forData(c.valueOf(e), c.dataDecimals(), c.key())));
            Comparison comparison = new Comparison(evaluations.get(0), e);
            row.add(i > 0 && comparison.abatementCostUsdPerT().isPresent()
                    ? Values.forData(comparison.abatementCostUsdPerT().getAsDouble(), 2, "abatement") : "");
            rows.add(row);
        }
        return CsvOutput.write(header, rows);
    }
}
