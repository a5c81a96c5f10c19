package dcplanner.shell.commands;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import dcplanner.chart.ChartFiles;
import dcplanner.chart.ChartKind;
import dcplanner.chart.NamedChart;
import dcplanner.chart.NamedEvaluation;
import dcplanner.chart.PolicyLimitLines;
import dcplanner.chart.ScenarioCharts;
import dcplanner.policy.PolicyRules;


import org.springframework.stereotype.Component;

import dcplanner.batch.BatchOptions;
import dcplanner.batch.BatchRunner;
import dcplanner.batch.BatchSummary;
import dcplanner.batch.Progress;
import dcplanner.batch.RowsFailedException;
import dcplanner.scenario.EvaluationService;
import dcplanner.shell.CommandArgs;
import dcplanner.shell.OptionSpec;
import dcplanner.shell.PlannerCommand;
import dcplanner.shell.UsageException;

/**
 * {@code batch}: every scenario of a CSV file (one a row, columns named like the inputs) through
 * the evaluation, in parallel; results in input order, failed rows in an errors file. Exit 0 when
 * every row ran, 1 when some failed; the summary line says how many of each.
 */
@Component
public class BatchCommand extends PlannerCommand {

    private final BatchRunner runner;
    private final EvaluationService service;

    public BatchCommand(EvaluationService service) {
        super("batch", "run every scenario of a CSV file (one a row; columns: scenario_id and the inputs of"
                + " 'parameters') and write one results row per scenario", List.of(
                        OptionSpec.file("input", "the scenarios: CSV with a header row (never modified)"),
                        OptionSpec.file("output", "the results: one row per scenario that ran, in input order"),
                        OptionSpec.file("errors", "the rows that failed: row, scenario_id, column, value, reason"
                                + " (default: OUTPUT with -errors before the extension)"),
                        OptionSpec.value("threads", "N", "rows evaluated at once; the results do not depend on it",
                                "the number of cores"),
                        OptionSpec.flag("resume", "continue an interrupted run from the rows already in the"
                                + " output"),
                        new OptionSpec("charts", "DIR", "also draw the comparison charts of the first "
                                + CHARTED_ROWS + " rows that ran into this folder (as 'chart all')", null, null,
                                OptionSpec.Kind.FILE),
                        StudyCommand.chartFormatOption()));
        this.service = service;
        this.runner = new BatchRunner(service);
    }

    /** Rows drawn by --charts: grouped bars of more scenarios than this cannot be read. */
    static final int CHARTED_ROWS = 40;

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        Path input = Path.of(args.require("input"));
        Path output = Path.of(args.require("output"));
        Path errors = args.get("errors").map(Path::of).orElse(BatchOptions.defaultErrors(output));
        int threads = Runtime.getRuntime().availableProcessors();
        if (args.has("threads")) {
            String text = args.require("threads").strip();
            double parsed = dcplanner.text.StrictNumbers.parse(text);
            threads = (int) parsed;
            if (parsed != threads) {
                throw new UsageException("batch: --threads '" + text + "' is not a whole number; allowed: 1.."
                        + BatchOptions.MAX_THREADS);
            }
        }
        boolean resume = Boolean.parseBoolean(args.getOrDefault("resume", "false"));
        BatchOptions options = new BatchOptions(input, output, errors, threads, resume);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<NamedEvaluation> charted = new ArrayList<>();
        Path chartFolder = args.get("charts").map(this::outputFolder).orElse(null);
        BatchRunner.Listener listener = chartFolder == null ? null : outcome -> {
            if (charted.size() < CHARTED_ROWS) {
                charted.add(new NamedEvaluation(outcome.scenarioId().isBlank() ? "row " + outcome.row()
                        : outcome.scenarioId(), outcome.evaluation()));
            }
        };
        Progress progress = new Progress(err, Progress.stderrIsTerminal());
        BatchSummary summary = listener == null ? runner.run(options, progress)
                : runner.run(options, progress, listener);
        out.println(summary.line());
        if (chartFolder != null && !charted.isEmpty()) {
            List<Path> files = drawCharts(charted, chartFolder, StudyCommand.chartFormats(args));
            out.println("batch: " + files.size() + " charts of " + charted.size() + " scenarios in " + chartFolder
                    + (summary.ran() > charted.size() ? " (the first " + charted.size() + " rows that ran)" : ""));
        }
        out.flush();
        if (summary.failed() > 0) {
            throw new RowsFailedException(summary);
        }
    }

    /**
     * Every comparison chart of {@code chart all} for the rows that ran; the hourly heat maps of the
     * first of them, evaluated again with its hourly series (a batch keeps none).
     */
    private List<Path> drawCharts(List<NamedEvaluation> rows, Path folder, List<ChartFiles.Format> formats) {
        List<NamedEvaluation> withHours = new ArrayList<>(rows);
        NamedEvaluation first = rows.get(0);
        withHours.set(0, new NamedEvaluation(first.name(), service.evaluate(first.evaluation().scenario(), true)));
        ScenarioCharts charts = new ScenarioCharts(withHours, new PolicyLimitLines(PolicyRules.bundled()));
        List<Path> files = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            if (kind == ChartKind.SITES) {
                continue; // one design across the built-in sites: 'chart sites'
            }
            for (NamedChart chart : charts.charts(kind, "")) {
                for (ChartFiles.Format format : formats) {
                    files.add(ChartFiles.write(chart.chart(), folder, chart.stem(), format, ChartFiles.WIDTH,
                            ChartFiles.HEIGHT));
                }
            }
        }
        return files;
    }
}
