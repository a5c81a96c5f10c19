package dcplanner.shell.commands;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
                                + " output")));
        this.runner = new BatchRunner(service);
    }

    @Override
    protected void run(CommandArgs args, PrintWriter out) {
        Path input = Path.of(args.require("input"));
        Path output = Path.of(args.require("output"));
        Path errors = args.get("errors").map(Path::of).orElse(BatchOptions.defaultErrors(output));
        int threads = Runtime.getRuntime().availableProcessors();
        if (args.has("threads")) {
            String text = args.require("threads").strip();
            try {
                threads = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new UsageException("batch: --threads '" + text + "' is not a whole number; allowed: 1.."
                        + BatchOptions.MAX_THREADS);
            }
        }
        boolean resume = Boolean.parseBoolean(args.getOrDefault("resume", "false"));
        BatchOptions options = new BatchOptions(input, output, errors, threads, resume);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        BatchSummary summary = runner.run(options, new Progress(err, Progress.stderrIsTerminal()));
        out.println(summary.line());
        out.flush();
        if (summary.failed() > 0) {
            throw new RowsFailedException(summary);
        }
    }
}
