package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Component;

import dcplanner.chart.ChartFiles;
import dcplanner.io.AtomicFiles;
import dcplanner.io.CsvOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.study.MonteCarlo;
import dcplanner.study.StudyCharts;
import dcplanner.study.StudyMetric;
import dcplanner.study.StudyRunner;

/** {@code montecarlo}: the scenario's uncertainty, P5/P50/P95 and the chance of meeting each policy limit. */
@Component
public class MonteCarloCommand extends StudyCommand {

    private static final List<StudyMetric> HISTOGRAMS = List.of(StudyMetric.PUE, StudyMetric.PUE_AT_25PCT_LOAD,
            StudyMetric.WUE, StudyMetric.CUE, StudyMetric.TCO_NPV_USD);

    public MonteCarloCommand(EvaluationService service, ParameterCatalogue catalogue) {
        super("montecarlo", "uncertainty: the scenario with its uncertain inputs (and weather year) drawn at random;"
                + " P5/P50/P95 of each metric and the chance of meeting each policy limit", service, catalogue,
                List.of(
                        OptionSpec.value("samples", "N", "number of samples", "1000"),
                        OptionSpec.value("seed", "S", "seed of the random stream (same seed, same result)", "1"),
                        distributionsOption(),
                        OptionSpec.choice("weather-year", "sampled|fixed", "draw the weather year where the site has"
                                + " more than one bundled, or keep the site's own", "sampled",
                                () -> List.of("sampled", "fixed")),
                        OptionSpec.file("samples-csv", "also write every sample's inputs and metrics to this CSV")));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        Map<String, String> inputs = scenarioInputs(args);
        int samples = (int) number(args, "samples", 1000, 2, 100_000, true);
        long seed = (long) number(args, "seed", 1, 0, 9.007199254740991E15, true);
        StudyRunner runner = runner(args);
        Scenario base = runner.resolve(inputs);
        MonteCarlo.Result result = MonteCarlo.run(runner, inputs, ranges(args), rules, samples, seed,
                !args.getOrDefault("weather-year", "sampled").equals("fixed"));
        List<String> files = writeCharts(args, runner, base, result.weatherSites().isEmpty() ? ""
                : "weather year drawn from " + String.join(", ", result.weatherSites()), footnote -> {
                    Map<String, JFreeChart> charts = new LinkedHashMap<>();
                    for (StudyMetric metric : HISTOGRAMS) {
                        charts.put("montecarlo-" + ChartFiles.safeStem(metric.key()), StudyCharts.histogram(result,
                                metric, where(base), footnote));
                    }
                    return charts;
                });
        args.get("samples-csv").ifPresent(file -> AtomicFiles.write(Path.of(file), writer -> writer.write(
                samplesCsv(result))));

        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> printJson(out, json(result, base), files, base.warnings());
            case CSV -> {
                List<List<Object>> rows = new ArrayList<>();
                for (MonteCarlo.Summary s : result.summaries()) {
                    rows.add(List.of(s.metric().key(), s.metric().unit(), data(s.metric(), s.p5()),
                            data(s.metric(), s.p50()), data(s.metric(), s.p95()), data(s.metric(), s.mean()), ""));
                }
                for (MonteCarlo.Chance c : result.pMeets()) {
                    rows.add(List.of("p_meets: " + c.rule().describe(), "", "", "", "", "", c.probability()));
                }
                out.print(CsvOutput.write(List.of("quantity", "unit", "p5", "p50", "p95", "mean", "probability"),
                        rows));
            }
            case TABLE -> {
                out.println("Monte Carlo, " + where(base) + ": " + result.samples() + " samples, seed "
                        + result.seed() + (result.weatherSites().isEmpty() ? ""
                                : "; weather year drawn from " + String.join(", ", result.weatherSites())));
                base.warnings().forEach(w -> out.println("WARNING: " + w));
                out.println();
                TextTable summary = new TextTable(List.of("Metric", "P5", "P50", "P95", "Mean", "Unit")).leftAlign(0)
                        .leftAlign(5);
                for (MonteCarlo.Summary s : result.summaries()) {
                    summary.add(List.of(s.metric().label(), readable(s.metric(), s.p5()), readable(s.metric(), s.p50()),
                            readable(s.metric(), s.p95()), readable(s.metric(), s.mean()), s.metric().unit()));
                }
                out.print(summary.render());
                out.println();
                if (result.pMeets().isEmpty()) {
                    out.println("No policy rule applies to this site in " + base.text("country") + " (regional rules"
                            + " apply only inside their region) on a quantity this study computes.");
                } else {
                    TextTable chances = new TextTable(List.of("Policy limit", "P(meets)")).leftAlign(0);
                    result.pMeets().forEach(c -> chances.add(List.of(c.rule().describe(),
                            String.format(java.util.Locale.ROOT, "%.1f%%", 100 * c.probability()))));
                    out.print(chances.render());
                }
                out.println();
                TextTable sampled = new TextTable(List.of("Uncertain input", "Distribution", "Low", "Mode", "High",
                        "Source")).leftAlign(0).leftAlign(1).leftAlign(5);
                for (MonteCarlo.SampledInput s : result.sampled()) {
                    sampled.add(List.of(s.range().input(), s.range().distribution().id(), plain(s.low()),
                            s.range().distribution() == UncertaintyRanges.Distribution.TRIANGULAR ? plain(s.mode()) : "",
                            plain(s.high()), TextTable.clip(s.range().source().citation(), 60)));
                }
                out.print(sampled.render());
                printCharts(out, files);
            }
        }
    }

    private static Map<String, Object> json(MonteCarlo.Result result, Scenario base) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("scenario", where(base));
        doc.put("samples", result.samples());
        doc.put("seed", result.seed());
        doc.put("weather_years", result.weatherSites());
        for (MonteCarlo.Summary s : result.summaries()) {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("p5", data(s.metric(), s.p5()));
            stats.put("p50", data(s.metric(), s.p50()));
            stats.put("p95", data(s.metric(), s.p95()));
            stats.put("mean", data(s.metric(), s.mean()));
            doc.put(s.metric().key(), stats);
        }
        List<Object> chances = new ArrayList<>();
        for (MonteCarlo.Chance c : result.pMeets()) {
            Map<String, Object> chance = ruleFields(c.rule());
            chance.put("probability", c.probability());
            chances.add(chance);
        }
        doc.put("p_meets", chances);
        List<Object> sampled = new ArrayList<>();
        for (MonteCarlo.SampledInput s : result.sampled()) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("input", s.range().input());
            input.put("distribution", s.range().distribution().id());
            input.put("low", s.low());
            if (s.range().distribution() == UncertaintyRanges.Distribution.TRIANGULAR) {
                input.put("mode", s.mode());
            }
            input.put("high", s.high());
            input.put("source", s.range().source().citation());
            sampled.add(input);
        }
        doc.put("sampled_inputs", sampled);
        return doc;
    }

    private static String samplesCsv(MonteCarlo.Result result) {
        List<String> headers = new ArrayList<>(List.of("sample"));
        result.sampled().forEach(s -> headers.add(s.range().input()));
        if (!result.weatherSites().isEmpty()) {
            headers.add("site");
        }
        for (StudyMetric metric : StudyMetric.values()) {
            headers.add(metric.key());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < result.samples(); i++) {
            Map<String, String> inputs = result.sampleInputs().get(i);
            List<Object> row = new ArrayList<>();
            row.add(i + 1);
            result.sampled().forEach(s -> row.add(new java.math.BigDecimal(inputs.get(s.range().input()))));
            if (!result.weatherSites().isEmpty()) {
                row.add(inputs.get("site"));
            }
            for (StudyMetric metric : StudyMetric.values()) {
                row.add(data(metric, result.sampleMetrics().get(i)[metric.ordinal()]));
            }
            rows.add(row);
        }
        return CsvOutput.write(headers, rows);
    }
}
