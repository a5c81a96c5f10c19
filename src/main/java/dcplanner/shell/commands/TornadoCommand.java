package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Component;

import dcplanner.chart.ChartFiles;
import dcplanner.io.CsvOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.scenario.UncertaintyRanges;
import dcplanner.shell.CommandArgs;
import dcplanner.study.StudyCharts;
import dcplanner.study.StudyMetric;
import dcplanner.study.StudyRunner;
import dcplanner.study.Tornado;

/** {@code tornado}: each uncertain input moved to its low and high value, one at a time. */
@Component
public class TornadoCommand extends StudyCommand {

    public TornadoCommand(EvaluationService service, ParameterCatalogue catalogue) {
        super("tornado", "sensitivity: every uncertain input the scenario leaves at its default moved to its low and"
                + " high value, one at a time; PUE, WUE, CUE and TCO", service, catalogue,
                List.of(distributionsOption()));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        Map<String, String> inputs = scenarioInputs(args);
        StudyRunner runner = runner(args);
        Scenario base = runner.resolve(inputs);
        UncertaintyRanges ranges = ranges(args);
        Tornado.Result result = Tornado.run(runner, inputs, ranges);
        List<String> files = writeCharts(args, runner, base, "", footnote -> {
            Map<String, JFreeChart> charts = new LinkedHashMap<>();
            for (StudyMetric metric : StudyMetric.TORNADO) {
                charts.put("tornado-" + ChartFiles.safeStem(metric.key()), StudyCharts.tornado(result, metric,
                        where(base), footnote));
            }
            return charts;
        });

        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("scenario", where(base));
                doc.put("base", metricFields(result.base(), StudyMetric.TORNADO));
                List<Object> bars = new ArrayList<>();
                for (Tornado.Bar bar : result.bars()) {
                    Map<String, Object> b = new LinkedHashMap<>();
                    b.put("input", bar.range().input());
                    b.put("value", bar.baseValue());
                    b.put("low", bar.lowValue());
                    b.put("high", bar.highValue());
                    b.put("distribution", bar.range().distribution().id());
                    b.put("source", bar.range().source().citation());
                    for (StudyMetric metric : StudyMetric.TORNADO) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("at_low", data(metric, bar.atLow()[metric.ordinal()]));
                        m.put("at_high", data(metric, bar.atHigh()[metric.ordinal()]));
                        m.put("swing", data(metric, bar.swing(metric)));
                        b.put(metric.key(), m);
                    }
                    bars.add(b);
                }
                doc.put("inputs", bars);
                Map<String, Object> ranking = new LinkedHashMap<>();
                for (StudyMetric metric : StudyMetric.TORNADO) {
                    ranking.put(metric.key(), result.ranked(metric).stream().map(b -> b.range().input()).toList());
                }
                doc.put("ranking", ranking);
                doc.put("fixed_by_user", result.fixedByUser());
                List<Object> years = new ArrayList<>();
                for (Tornado.WeatherYear year : result.weatherYears()) {
                    Map<String, Object> y = new LinkedHashMap<>();
                    y.put("site", year.site());
                    y.putAll(metricFields(year.metrics(), StudyMetric.TORNADO));
                    years.add(y);
                }
                doc.put("other_weather_years", years);
                printJson(out, doc, files, base.warnings());
            }
            case CSV -> {
                List<List<Object>> rows = new ArrayList<>();
                for (StudyMetric metric : StudyMetric.TORNADO) {
                    for (Tornado.Bar bar : result.ranked(metric)) {
                        rows.add(List.of(metric.key(), bar.range().input(), bar.lowValue(), bar.highValue(),
                                data(metric, result.base()[metric.ordinal()]), data(metric, bar.atLow()[metric.ordinal()]),
                                data(metric, bar.atHigh()[metric.ordinal()]), data(metric, bar.swing(metric)),
                                bar.range().source().citation()));
                    }
                }
                out.print(CsvOutput.write(List.of("metric", "input", "low", "high", "metric_base", "metric_at_low",
                        "metric_at_high", "swing", "source"), rows));
            }
            case TABLE -> {
                out.println("Tornado, " + where(base) + ": " + result.bars().size() + " uncertain inputs, each at its"
                        + " low and high value");
                if (!result.fixedByUser().isEmpty()) {
                    out.println("Set by you, so not varied: " + String.join(", ", result.fixedByUser()));
                }
                base.warnings().forEach(w -> out.println("WARNING: " + w));
                for (StudyMetric metric : StudyMetric.TORNADO) {
                    out.println();
                    out.println(metric.labelWithUnit() + ": " + readable(metric, result.base()[metric.ordinal()]));
                    TextTable table = new TextTable(List.of("Input", "Low", "High", "At low", "At high", "Swing",
                            "Source of the range")).leftAlign(0).leftAlign(6);
                    for (Tornado.Bar bar : result.ranked(metric)) {
                        table.add(List.of(bar.range().input(), plain(bar.lowValue()), plain(bar.highValue()),
                                readable(metric, bar.atLow()[metric.ordinal()]),
                                readable(metric, bar.atHigh()[metric.ordinal()]), readable(metric, bar.swing(metric)),
                                TextTable.clip(bar.range().source().citation(), 60)));
                    }
                    out.print(table.render());
                    for (Tornado.WeatherYear year : result.weatherYears()) {
                        out.println("On the weather year of " + year.site() + ": " + readable(metric,
                                year.metrics()[metric.ordinal()]));
                    }
                }
                printCharts(out, files);
            }
        }
    }
}
