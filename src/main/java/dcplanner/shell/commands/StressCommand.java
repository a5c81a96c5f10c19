package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Component;

import dcplanner.io.CsvOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.io.Values;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.UsageException;
import dcplanner.study.StressTest;
import dcplanner.study.StudyCharts;
import dcplanner.study.StudyMetric;
import dcplanner.study.StudyRules;
import dcplanner.study.StudyRunner;

/** {@code stress}: the scenario in a warmer climate (Belcher et al. 2005 morphing of its weather year). */
@Component
public class StressCommand extends StudyCommand {

    private static final List<StudyMetric> ROW_METRICS = List.of(StudyMetric.PUE, StudyMetric.PUE_AT_25PCT_LOAD,
            StudyMetric.PUE_AT_100PCT_LOAD, StudyMetric.WUE, StudyMetric.PEAK_FACILITY_KW);

    public StressCommand(EvaluationService service, ParameterCatalogue catalogue) {
        super("stress", "climate-change stress test: the site's weather year warmed by each --warming (K of mean"
                + " warming, Belcher et al. 2005 shift-and-stretch), the margin to each policy limit and the first"
                + " warming that breaks it", service, catalogue, List.of(
                        OptionSpec.value("warming", "K1,K2,...", "mean warmings, K (0 is always added)", null),
                        OptionSpec.value("daily-range-change-per-k", "K/K", "change of the mean daily temperature"
                                + " range per K of warming (0: a pure shift; no bundled projection gives it)", "0")));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        Map<String, String> inputs = scenarioInputs(args);
        List<Double> warmings = new ArrayList<>();
        for (String part : list(args, "warming", List.of())) {
            warmings.add(warming(part));
        }
        if (warmings.isEmpty()) {
            throw new UsageException("stress: option --warming is required (e.g. --warming 1,2,3)");
        }
        double rangeChange = number(args, "daily-range-change-per-k", 0, -1, 1, false);
        StudyRunner runner = runner(args);
        Scenario base = runner.resolve(inputs);
        StressTest.Result result = StressTest.run(runner, inputs, warmings, rangeChange, rules);
        List<String> files = writeCharts(args, runner, base, "weather year warmed by Belcher et al. (2005)"
                + " shift-and-stretch", footnote -> {
                    Map<String, JFreeChart> charts = new LinkedHashMap<>();
                    charts.put("stress-pue", StudyCharts.stress(result, List.of(StudyMetric.PUE,
                            StudyMetric.PUE_AT_25PCT_LOAD, StudyMetric.PUE_AT_100PCT_LOAD), "PUE", where(base),
                            footnote));
                    charts.put("stress-wue", StudyCharts.stress(result, List.of(StudyMetric.WUE), "WUE (L/kWh)",
                            where(base), footnote));
                    return charts;
                });

        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("scenario", where(base));
                doc.put("method", "Belcher, Hacker & Powell (2005) shift-and-stretch of the dry bulb; relative humidity"
                        + " held, pressure unchanged");
                doc.put("daily_range_change_k_per_k", rangeChange);
                List<Object> rows = new ArrayList<>();
                for (StressTest.Row row : result.rows()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("warming_k", row.warmingK());
                    r.putAll(metricFields(row.metrics(), ROW_METRICS));
                    rows.add(r);
                }
                doc.put("rows", rows);
                List<Object> checks = new ArrayList<>();
                for (StressTest.LimitCheck check : result.limits()) {
                    Map<String, Object> c = ruleFields(check.rule());
                    List<Object> margins = new ArrayList<>();
                    for (int i = 0; i < result.rows().size(); i++) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("warming_k", result.rows().get(i).warmingK());
                        m.put("margin", margin(check, i));
                        margins.add(m);
                    }
                    c.put("margins", margins);
                    c.put("first_breaking_warming_k", check.firstBreakingWarmingK());
                    checks.add(c);
                }
                doc.put("limits", checks);
                printJson(out, doc, files, base.warnings());
            }
            case CSV -> {
                List<String> headers = new ArrayList<>(List.of("warming_k"));
                ROW_METRICS.forEach(m -> headers.add(m.key()));
                result.limits().forEach(c -> headers.add("margin: " + c.rule().describe()));
                List<List<Object>> rows = new ArrayList<>();
                for (int i = 0; i < result.rows().size(); i++) {
                    StressTest.Row row = result.rows().get(i);
                    List<Object> cells = new ArrayList<>(List.of(row.warmingK()));
                    ROW_METRICS.forEach(m -> cells.add(data(m, row.value(m))));
                    int k = i;
                    result.limits().forEach(c -> cells.add(margin(c, k)));
                    rows.add(cells);
                }
                out.print(CsvOutput.write(headers, rows));
            }
            case TABLE -> {
                out.println("Climate stress test, " + where(base) + ": weather year warmed by Belcher et al. (2005)"
                        + " shift-and-stretch" + (rangeChange == 0 ? " (pure shift)" : ", daily range "
                                + plain(rangeChange) + " K per K"));
                base.warnings().forEach(w -> out.println("WARNING: " + w));
                out.println();
                List<String> headers = new ArrayList<>(List.of("Warming (K)"));
                ROW_METRICS.forEach(m -> headers.add(m.labelWithUnit()));
                TextTable table = new TextTable(headers);
                for (StressTest.Row row : result.rows()) {
                    List<String> cells = new ArrayList<>(List.of(plain(row.warmingK())));
                    ROW_METRICS.forEach(m -> cells.add(readable(m, row.value(m))));
                    table.add(cells);
                }
                out.print(table.render());
                out.println();
                if (result.limits().isEmpty()) {
                    out.println("No policy rule applies to this site in " + base.text("country") + " (regional rules"
                            + " apply only inside their region) on a quantity this study computes.");
                } else {
                    List<String> limitHeaders = new ArrayList<>(List.of("Policy limit"));
                    result.rows().forEach(r -> limitHeaders.add("margin +" + plain(r.warmingK()) + " K"));
                    limitHeaders.add("first broken at");
                    TextTable limitTable = new TextTable(limitHeaders).leftAlign(0);
                    for (StressTest.LimitCheck check : result.limits()) {
                        List<String> cells = new ArrayList<>(List.of(check.rule().describe()));
                        for (double margin : check.margins()) {
                            cells.add(Values.readable(margin, StudyRules.decimals(check.rule()), "margin"));
                        }
                        cells.add(check.firstBreakingWarmingK() == null ? "not broken"
                                : "+" + plain(check.firstBreakingWarmingK()) + " K");
                        limitTable.add(cells);
                    }
                    out.print(limitTable.render());
                }
                printCharts(out, files);
            }
        }
    }

    /** A rule's margin at row {@code i}, for JSON and CSV (two more decimals than a reader needs). */
    private static Object margin(StressTest.LimitCheck check, int i) {
        return Values.forData(check.margins()[i], StudyRules.decimals(check.rule()) + 2, "margin");
    }

    private double warming(String text) {
        double value = dcplanner.text.StrictNumbers.parse(text);
        if (value >= -5 && value <= 10) {
            return value;
        }
        throw new UsageException("stress: --warming value " + dcplanner.text.InputText.quote(text)
                + (Double.isNaN(value) ? " is not a number" : " is outside -5..10 K") + "; allowed: -5..10 K");
    }
}
