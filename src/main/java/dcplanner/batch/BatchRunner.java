package dcplanner.batch;

import dcplanner.policy.PolicyChecks;
import dcplanner.policy.PolicyRule;
import dcplanner.policy.PolicyRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dcplanner.io.CsvOutput;
import dcplanner.io.EvaluationReport;
import dcplanner.scenario.Evaluation;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.InvalidInputException;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.scenario.Scenario;

/**
 * Runs every row of a batch input through the one {@link EvaluationService}, several rows at a
 * time, and writes the results in input order, so that the output is byte-identical whatever the
 * number of threads (docs/architecture.md: fast by construction). The input is streamed and at most a
 * bounded window of rows is in flight; each row keeps only its formatted line and annual figures,
 * never its hourly series, so 100,000 rows run in the memory of a few hundred.
 */
public final class BatchRunner {

    /** Rows in flight per thread: enough to keep every thread busy while the oldest row is awaited. */
    private static final int WINDOW_PER_THREAD = 32;

    /** Receives every row that ran, in input order, with its annual results (for charts, studies). */
    @FunctionalInterface
    public interface Listener {
        void rowEvaluated(RowOutcome outcome);
    }

    private final EvaluationService service;
    private final ParameterCatalogue catalogue;
    private final PolicyRules policy = PolicyRules.bundled();

    public BatchRunner(EvaluationService service) {
        this.service = service;
        this.catalogue = service.resolver().catalogue();
    }

    /**
     * The results file's header: row, scenario_id, the columns of {@code evaluate --format csv}, then
     * {@code policy_<rule_id>_pass} for every bundled policy rule (issue 13).
     */
    public List<String> header() {
        List<String> header = new ArrayList<>(List.of("row", BatchInput.SCENARIO_ID));
        header.addAll(EvaluationReport.csvHeader(catalogue));
        policy.all().forEach(rule -> header.add(PolicyChecks.passColumn(rule)));
        return header;
    }

    /**
     * Whether the row passes each bundled rule: {@code true} or {@code false} where the rule applies to
     * the row's site (its country, and the regions it lies in), empty where it does not.
     */
    private List<Object> policyCells(Evaluation evaluation) {
        java.util.Set<PolicyRule> applicable = new java.util.HashSet<>(policy.applicableTo(evaluation));
        List<Object> cells = new ArrayList<>();
        for (PolicyRule rule : policy.all()) {
            cells.add(applicable.contains(rule) ? String.valueOf(PolicyChecks.check(evaluation, rule).pass()) : "");
        }
        return cells;
    }

    /** Runs the batch without a listener. */
    public BatchSummary run(BatchOptions options, Progress progress) {
        return run(options, progress, null);
    }

    /**
     * Runs the batch: checks the options and the input's header (nothing runs when they are wrong),
     * evaluates the rows, writes results and errors.
     *
     * @param listener told of every row that ran, in input order; null for none
     * @throws BatchOptionException when an option cannot be used (the output is the input...)
     * @throws BatchInputException  when the input cannot be read or has an unknown column
     */
    public BatchSummary run(BatchOptions options, Progress progress, Listener listener) {
        long start = System.nanoTime();
        checkPaths(options);
        long total = countRows(options.input());
        BatchInput input = BatchInput.open(options.input(), catalogue);
        try (input; ResultJournal journal = ResultJournal.open(options, header())) {
            ResultJournal.Resumed resumed = journal.resumed();
            Progress shown = progress == null ? Progress.silent() : progress;
            shown.start(Math.max(0, total - resumed.ran() - resumed.failed()));
            long[] counts;
            try {
                counts = evaluateAll(input, journal, resumed, options.threads(), shown, listener);
                journal.finish();
            } catch (BatchOptionException e) {
                throw e;
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw new IllegalStateException(reason + "; the rows done so far are kept in "
                        + journal.outputPartial() + ": run again with --resume to continue", e);
            }
            shown.finish(counts[0] + counts[1], counts[1]);
            return new BatchSummary(counts[0] + resumed.ran(), counts[1] + resumed.failed(), counts[2],
                    resumed.ran() + resumed.failed(), options.output(), options.errors(),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** Evaluates the rows after those taken over; returns {ran, failed, blank}. */
    private long[] evaluateAll(BatchInput input, ResultJournal journal, ResultJournal.Resumed resumed, int threads,
            Progress progress, Listener listener) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "batch-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<RowOutcome>> inFlight = new ArrayDeque<>();
        int window = threads * WINDOW_PER_THREAD;
        long[] counts = new long[3];
        try {
            while (input.hasNext()) {
                BatchRow row = input.next();
                if (row.blank()) {
                    counts[2]++;
                    continue;
                }
                if (row.row() <= resumed.throughRow() && resumed.scenarioIds().containsKey(row.row())) {
                    checkSameRow(row, resumed, journal.outputPartial());
                    continue;
                }
                // a row before the last one taken over that is in neither file failed in the interrupted
                // run (its error was not kept, e.g. the errors file is another one now): run it again
                boolean keepResults = listener != null;
                inFlight.add(pool.submit(() -> evaluate(row, keepResults)));
                while (inFlight.size() >= window) {
                    write(take(inFlight), journal, counts, progress, listener, resumed.throughRow());
                }
            }
            while (!inFlight.isEmpty()) {
                write(take(inFlight), journal, counts, progress, listener, resumed.throughRow());
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RowOutcome take(Deque<Future<RowOutcome>> inFlight) {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("internal error: " + cause, cause);
        }
    }

    private static void write(RowOutcome outcome, ResultJournal journal, long[] counts, Progress progress,
            Listener listener, int resumedThrough) {
        if (outcome.ran() && outcome.row() <= resumedThrough) {
            // it would land out of order among the rows taken over
            outcome = RowOutcome.failed(new RowError(outcome.row(), outcome.scenarioId(), "", "", "this row failed"
                    + " in the interrupted run but runs now; run again without --resume to have it in the results"));
        }
        journal.add(outcome);
        counts[outcome.ran() ? 0 : 1]++;
        if (outcome.ran() && listener != null) {
            listener.rowEvaluated(outcome);
        }
        progress.update(counts[0] + counts[1], counts[1]);
    }

    /** On --resume: a row taken over must be the same row of the same input. */
    private static void checkSameRow(BatchRow row, ResultJournal.Resumed resumed, Path partial) {
        String id = resumed.scenarioIds().get(row.row());
        if (id != null && !id.equals(dcplanner.io.CsvOutput.cell(row.scenarioId()))) {
            throw new BatchOptionException("resume", "the input has changed since the interrupted run (row "
                    + row.row() + ": scenario_id '" + row.scenarioId() + "' in the input, '" + id + "' in the"
                    + " results): delete " + partial + " and run without --resume");
        }
    }

    /** One row: resolved and evaluated, formatted; or why it failed. Runs on a worker thread. */
    RowOutcome evaluate(BatchRow row, boolean keepResults) {
        if (row.problem() != null) {
            return RowOutcome.failed(row.problem());
        }
        try {
            Scenario scenario = service.resolver().resolve(row.inputs());
            Evaluation evaluation = service.evaluate(scenario, false);
            List<Object> cells = new ArrayList<>(List.of(row.row(), row.scenarioId()));
            cells.addAll(EvaluationReport.csvRow(catalogue, evaluation));
            cells.addAll(policyCells(evaluation));
            String line = CsvOutput.line(cells);
            return new RowOutcome(row.row(), row.scenarioId(), line,
                    keepResults ? EvaluationReport.headline(evaluation) : Map.of(), null,
                    keepResults ? evaluation : null);
        } catch (InvalidInputException e) {
            String column = e.input();
            return RowOutcome.failed(new RowError(row.row(), row.scenarioId(), column,
                    row.cells().getOrDefault(column, ""), oneLine(e.getMessage())));
        } catch (UncheckedIOException e) {
            return failed(row, BatchInput.rootMessage(e));
        } catch (RuntimeException e) {
            boolean ours = e.getClass().getPackageName().startsWith("dcplanner") || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException;
            String message = e.getMessage() == null ? "" : e.getMessage();
            return failed(row, ours && !message.isBlank() ? oneLine(message)
                    : "internal error (" + e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": "
                            + oneLine(message)) + ")");
        }
    }

    private static RowOutcome failed(BatchRow row, String reason) {
        // a weather file that cannot be read is the epw column's fault
        String column = row.inputs().getOrDefault("epw", "").isBlank() ? "" : "epw";
        return RowOutcome.failed(new RowError(row.row(), row.scenarioId(), column,
                row.cells().getOrDefault(column, ""), reason));
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /**
     * Refuses an output or errors file that is the input (compared by real path, so links and
     * relative names are caught) or each other.
     */
    static void checkPaths(BatchOptions options) {
        if (!Files.isRegularFile(options.input())) {
            throw new BatchInputException(options.input() + ": " + (Files.exists(options.input()) ? "not a file"
                    : "no such file"));
        }
        Path input = real(options.input());
        Path output = real(options.output());
        Path errors = real(options.errors());
        if (output.equals(input)) {
            throw new BatchOptionException("output", "--output " + options.output() + " is the input file: the"
                    + " input is never overwritten; choose another output file");
        }
        if (errors.equals(input)) {
            throw new BatchOptionException("errors", "--errors " + options.errors() + " is the input file: the"
                    + " input is never overwritten; choose another errors file");
        }
        if (errors.equals(output)) {
            throw new BatchOptionException("errors", "--errors " + options.errors() + " is the output file;"
                    + " choose another errors file");
        }
        requireFolder("output", options.output());
        requireFolder("errors", options.errors());
    }

    /** Folders are not created (a mistyped folder name should not grow a tree of folders): as AtomicFiles. */
    private static void requireFolder(String option, Path file) {
        if (Files.isDirectory(file)) {
            throw new BatchOptionException(option, "--" + option + " " + file + " is a folder; give a file name");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new BatchOptionException(option, "--" + option + " " + file + ": the folder " + folder
                    + " does not exist (folders are not created: create it first)");
        }
    }

    /** The real path of a file, or of its nearest existing folder plus the rest of the name. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        try {
            Path real = existing == null ? absolute.getRoot() : existing.toRealPath();
            return rest == null ? real : real.resolve(rest);
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * Rows of the input (for the progress); reading the whole file first also means that a file
     * that cannot be read to its end (not UTF-8, a quote never closed) stops before any row runs.
     */
    private long countRows(Path file) {
        try (BatchInput input = BatchInput.open(file, catalogue)) {
            return input.countScenarioRows();
        }
    }
}
