package dcplanner.shell.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dcplanner.chart.ChartFiles;
import dcplanner.io.CsvOutput;
import dcplanner.io.OutputFormat;
import dcplanner.io.TextTable;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.Parameter;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.UsageException;
import dcplanner.study.StudyCharts;
import dcplanner.study.StudyMetric;
import dcplanner.study.StudyRunner;
import dcplanner.study.Sweep;

/** {@code sweep}: the scenario over a grid of one or two inputs. */
@Component
public class SweepCommand extends StudyCommand {

    private static final int MAX_POINTS = 2000;
    private static final List<StudyMetric> TABLE = List.of(StudyMetric.PUE, StudyMetric.PUE_AT_25PCT_LOAD,
            StudyMetric.WUE, StudyMetric.COOLING_ENERGY_MWH, StudyMetric.PEAK_FACILITY_KW, StudyMetric.CO2_LIFECYCLE_T,
            StudyMetric.TCO_NPV_USD);

    public SweepCommand(EvaluationService service, ParameterCatalogue catalogue) {
        super("sweep", "the scenario over a grid of one or two inputs (e.g. --param supply_air_c --from 22 --to 30"
                + " --step 1)", service, catalogue, List.of(
                        OptionSpec.value("param", "INPUT", "input to sweep (any numeric or choice input)", null),
                        OptionSpec.value("from", "X", "first value", null),
                        OptionSpec.value("to", "X", "last value (inclusive)", null),
                        OptionSpec.value("step", "X", "step", null),
                        OptionSpec.value("values", "V1,V2,...", "the values instead of --from/--to/--step (a choice"
                                + " input sweeps all its choices by default)", null),
                        OptionSpec.value("param2", "INPUT", "second input: a grid of both", null),
                        OptionSpec.value("from2", "X", "first value of the second input", null),
                        OptionSpec.value("to2", "X", "last value of the second input", null),
                        OptionSpec.value("step2", "X", "step of the second input", null),
                        OptionSpec.value("values2", "V1,V2,...", "values of the second input", null),
                        OptionSpec.value("metric", "KEY", "metric drawn in the chart", "pue")));
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        Map<String, String> inputs = scenarioInputs(args);
        List<Sweep.Axis> axes = new ArrayList<>();
        axes.add(axis(args, "param", "from", "to", "step", "values"));
        if (args.has("param2")) {
            axes.add(axis(args, "param2", "from2", "to2", "step2", "values2"));
        }
        int points = axes.stream().mapToInt(a -> a.values().size()).reduce(1, (a, b) -> a * b);
        if (points > MAX_POINTS) {
            throw new UsageException("sweep: the grid has " + points + " points; allowed: at most " + MAX_POINTS);
        }
        StudyMetric chartMetric = metric(args);
        StudyRunner runner = runner(args);
        Scenario base = runner.resolve(inputs);
        Sweep.Result result = Sweep.run(runner, inputs, axes);
        boolean coolingSwept = axes.stream().anyMatch(a -> a.input().equals("cooling"));
        String where = coolingSwept ? site(base) : where(base);
        Parameter first = catalogue.find(axes.get(0).input()).orElseThrow();
        List<String> files = writeCharts(args, runner, base, "the base scenario shown", footnote -> Map.of(
                "sweep-" + ChartFiles.safeStem(chartMetric.key()), StudyCharts.sweep(result, chartMetric,
                        first.name() + (first.unit().isEmpty() ? "" : " (" + first.unit() + ")"), where, footnote)));

        List<String> axisNames = axes.stream().map(Sweep.Axis::input).toList();
        switch (OutputFormat.parse(args.getOrDefault("format", "table"))) {
            case JSON -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("scenario", where);
                doc.put("inputs_swept", axisNames);
                List<Object> rows = new ArrayList<>();
                for (Sweep.Point point : result.points()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int a = 0; a < axes.size(); a++) {
                        row.put(axisNames.get(a), value(point.values().get(a)));
                    }
                    row.putAll(metricFields(point.metrics(), List.of(StudyMetric.values())));
                    rows.add(row);
                }
                doc.put("rows", rows);
                printJson(out, doc, files, base.warnings());
            }
            case CSV -> {
                List<String> headers = new ArrayList<>(axisNames);
                for (StudyMetric metric : StudyMetric.values()) {
                    headers.add(metric.key());
                }
                List<List<Object>> rows = new ArrayList<>();
                for (Sweep.Point point : result.points()) {
                    List<Object> row = new ArrayList<>();
                    point.values().forEach(v -> row.add(value(v)));
                    for (StudyMetric metric : StudyMetric.values()) {
                        row.add(data(metric, point.metrics()[metric.ordinal()]));
                    }
                    rows.add(row);
                }
                out.print(CsvOutput.write(headers, rows));
            }
            case TABLE -> {
                out.println("Sweep of " + String.join(" x ", axisNames) + ", " + where + " (" + points
                        + " scenarios)");
                base.warnings().forEach(w -> out.println("WARNING: " + w));
                out.println();
                List<String> headers = new ArrayList<>(axisNames);
                TABLE.forEach(m -> headers.add(m.labelWithUnit()));
                TextTable table = new TextTable(headers);
                for (Sweep.Point point : result.points()) {
                    List<String> row = new ArrayList<>(point.values());
                    TABLE.forEach(m -> row.add(readable(m, point.metrics()[m.ordinal()])));
                    table.add(row);
                }
                out.print(table.render());
                printCharts(out, files);
            }
        }
    }

    private Sweep.Axis axis(CommandArgs args, String param, String from, String to, String step, String values) {
        String name = args.require(param);
        Parameter parameter = catalogue.find(name).orElseThrow(() -> new UsageException("sweep: --" + param + " '"
                + name + "' is not an input; see 'parameters'"));
        if (args.has(values)) {
            return new Sweep.Axis(parameter.name(), list(args, values, List.of()));
        }
        if (parameter.kind() == Parameter.Kind.CHOICE && !args.has(from)) {
            return new Sweep.Axis(parameter.name(), parameter.choices());
        }
        if (!parameter.isNumeric()) {
            throw new UsageException("sweep: " + parameter.name() + " is not a number; give its values with --"
                    + values);
        }
        try {
            return Sweep.Axis.range(parameter.name(), args.require(from), args.require(to), args.require(step),
                    MAX_POINTS);
        } catch (IllegalArgumentException e) {
            throw new UsageException("sweep: " + e.getMessage());
        }
    }

    private StudyMetric metric(CommandArgs args) {
        try {
            return StudyMetric.byKey(args.getOrDefault("metric", "pue"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("sweep: --metric " + e.getMessage());
        }
    }

    /** A swept value as a JSON/CSV number when it is one. */
    private static Object value(String text) {
        try {
            return new java.math.BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
