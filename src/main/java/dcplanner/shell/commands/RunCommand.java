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
import dcplanner.scenario.Evaluation;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.WorkspaceSession;

/**
 * {@code run [NAMES...]}: evaluates scenarios of the workspace (the current one if none is named)
 * and prints the headline results. A scenario whose inputs have not changed since it was last run
 * is not simulated again.
 */
@Component
public class RunCommand extends PlannerCommand {

    /** The headline results, in the order shown; for every one of them lower is better. */
    public static final List<String> HEADLINE_KEYS = List.of("pue", "pue_at_25pct_load", "wue_l_per_kwh",
            "cue_kg_per_kwh", "facility_energy_mwh", "peak_facility_kw", "water_m3", "co2_location_t_per_year",
            "co2_lifecycle_t", "capex_usd", "tco_npv_usd", "lcoc_usd_per_kw_month");

    private final WorkspaceSession session;

    public RunCommand(WorkspaceSession session) {
        super("run", "evaluate scenarios of the workspace (the current one if no NAME) and print the headline"
                + " results", List.of(OptionSpec.flag("all", "every scenario of the workspace"), OptionSpec.format()));
        this.session = session;
        acceptArguments(ScenarioCommands.names(session, "[NAMES...]", 0, 1000));
    }

    /** The headline columns of the evaluation report. */
    public static List<Column<Evaluation>> headlines() {
        Map<String, Column<Evaluation>> byKey = new LinkedHashMap<>();
        EvaluationReport.OUTPUTS.forEach(c -> byKey.put(c.key(), c));
        return HEADLINE_KEYS.stream().map(byKey::get).toList();
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        List<String> names = new ArrayList<>(args.arguments());
        if (args.has("all")) {
            names = session.workspace().names();
        } else if (names.isEmpty()) {
            names.add(session.nameOrCurrent(null, getName()));
        }
        List<Evaluation> evaluations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String name : names) {
            Map<String, String> inputs = session.inputs(name);
            boolean cached = session.isCached(inputs);
            long start = System.nanoTime();
            evaluations.add(session.evaluate(inputs));
            notes.add(name + ": " + (cached ? "unchanged since the last run" : String.format(java.util.Locale.ROOT,
                    "evaluated in %.2f s", (System.nanoTime() - start) / 1e9)));
        }
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> {
                List<Map<String, Object>> docs = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("scenario_id", names.get(i));
                    doc.putAll(EvaluationReport.siteFields(evaluations.get(i)));
                    for (Column<Evaluation> c : headlines()) {
                        doc.put(c.key(), Values.forData(c.valueOf(evaluations.get(i)), c.dataDecimals(), c.key()));
                    }
                    doc.put("warnings", evaluations.get(i).warnings());
                    docs.add(doc);
                }
                out.println(JsonOutput.write(docs));
            }
            case CSV -> {
                List<String> header = new ArrayList<>(List.of("scenario_id"));
                headlines().forEach(c -> header.add(c.key()));
                List<List<Object>> rows = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    List<Object> row = new ArrayList<>(List.of(names.get(i)));
                    for (Column<Evaluation> c : headlines()) {
                        row.add(Values.forData(c.valueOf(evaluations.get(i)), c.dataDecimals(), c.key()));
                    }
                    rows.add(row);
                }
                out.print(CsvOutput.write(header, rows));
            }
            case TABLE -> {
                notes.forEach(out::println);
                printHeadlines(out, names, evaluations);
            }
        }
    }

    /** The headline results of scenarios side by side, one column each, and their warnings. */
    static void printHeadlines(PrintWriter out, List<String> names, List<Evaluation> evaluations) {
        List<String> header = new ArrayList<>(List.of("Result"));
        header.addAll(names);
        header.add("Unit");
        TextTable table = new TextTable(header).leftAlign(0).leftAlign(header.size() - 1);
        for (Column<Evaluation> column : headlines()) {
            List<String> row = new ArrayList<>(List.of(column.header()));
            for (Evaluation e : evaluations) {
                row.add(Values.readable(column.valueOf(e), column.decimals(), column.key()));
            }
            row.add(column.unit());
            table.add(row);
        }
        out.print(table.render());
        // a warning every scenario shares is said once; the others name their scenario
        List<String> shared = new ArrayList<>(evaluations.get(0).warnings());
        evaluations.forEach(e -> shared.retainAll(e.warnings()));
        shared.forEach(w -> out.println("WARNING: " + w));
        for (int i = 0; i < names.size(); i++) {
            for (String warning : evaluations.get(i).warnings()) {
                if (!shared.contains(warning)) {
                    out.println(names.get(i) + ": WARNING: " + warning);
                }
            }
        }
    }
}
