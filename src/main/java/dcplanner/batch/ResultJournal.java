package dcplanner.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import dcplanner.io.AtomicFiles;
import dcplanner.io.CsvOutput;

/**
 * Where a batch run's rows go while it runs, so that an interrupted run loses nothing: complete rows
 * are appended to {@code RESULTS.csv.partial} and {@code ERRORS.csv.partial} beside the targets, in
 * chunks (the errors chunk is always written before the results chunk of the same rows, so every
 * error up to the last row in the results is on disk). When every row is done, the targets are
 * written through {@link AtomicFiles} (temporary file, then moved into place) and the partial files
 * are deleted. {@code --resume} takes over the complete rows of the partial files (or of a finished
 * output) and continues after the last row in the results.
 */
final class ResultJournal implements Closeable {

    private static final int CHUNK_CHARS = 1 << 20;
    private static final long CHECKPOINT_NANOS = 1_000_000_000L;

    private final Path output;
    private final Path errors;
    private final Path outputPartial;
    private final Path errorsPartial;
    private final Writer results;
    private final Writer errorLines;
    private final StringBuilder resultChunk = new StringBuilder();
    private final StringBuilder errorChunk = new StringBuilder();
    private final Resumed resumed;
    private long lastCheckpoint = System.nanoTime();
    private boolean finished;

    /** What an interrupted run left: the last row in its results, the rows taken over. */
    record Resumed(int throughRow, long ran, long failed, Map<Integer, String> scenarioIds) {
        static final Resumed NONE = new Resumed(0, 0, 0, Map.of());
    }

    private ResultJournal(BatchOptions options, Resumed resumed) throws IOException {
        this.output = options.output();
        this.errors = options.errors();
        this.outputPartial = partialOf(output);
        this.errorsPartial = partialOf(errors);
        this.resumed = resumed;
        this.errorLines = Files.newBufferedWriter(errorsPartial, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        this.results = Files.newBufferedWriter(outputPartial, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** {@code results.csv} -> {@code results.csv.partial}. */
    static Path partialOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".partial");
    }

    /**
     * Starts the partial files: empty (header only), or on {@code --resume} with the complete rows of
     * the interrupted run.
     */
    static ResultJournal open(BatchOptions options, List<String> header) {
        Path outputPartial = partialOf(options.output());
        Path errorsPartial = partialOf(options.errors());
        try {
            if (!options.resume() && Files.exists(outputPartial)) {
                throw new BatchOptionException("resume", outputPartial + " is left from an interrupted run: add"
                        + " --resume to continue it, or delete it to start again");
            }
            Path resultsSource = !options.resume() ? null : Files.exists(outputPartial) ? outputPartial
                    : Files.exists(options.output()) ? options.output() : null;
            if (resultsSource == null) {
                startEmpty(outputPartial, header);
                startEmpty(errorsPartial, RowError.HEADER);
                return new ResultJournal(options, Resumed.NONE);
            }
            Path errorsSource = Files.exists(errorsPartial) ? errorsPartial
                    : resultsSource.equals(options.output()) && Files.exists(options.errors()) ? options.errors()
                            : null;
            Map<Integer, String> ids = new HashMap<>();
            long ran = takeOver(resultsSource, outputPartial, header, Integer.MAX_VALUE, ids);
            int through = ids.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            long failed = 0;
            if (errorsSource == null) {
                startEmpty(errorsPartial, RowError.HEADER);
            } else {
                Map<Integer, String> errorIds = new HashMap<>();
                failed = takeOver(errorsSource, errorsPartial, RowError.HEADER, through, errorIds);
                ids.putAll(errorIds);
            }
            return new ResultJournal(options, new Resumed(through, ran, failed, ids));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + outputPartial + ": " + e.getMessage(), e);
        }
    }

    /** The interrupted run's rows that this run takes over. */
    Resumed resumed() {
        return resumed;
    }

    private static void startEmpty(Path partial, List<String> header) throws IOException {
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            writer.write(CsvOutput.line(header));
        }
    }

    /**
     * Copies the complete rows of {@code source} numbered at most {@code throughRow} into a fresh
     * {@code partial} (a row cut off by the interruption is dropped); returns how many.
     */
    private static long takeOver(Path source, Path partial, List<String> header, int throughRow,
            Map<Integer, String> scenarioIds) throws IOException {
        boolean endsWithNewline = endsWithNewline(source);
        Path fresh = partial.resolveSibling(partial.getFileName() + ".new");
        long kept = 0;
        try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                CSVParser parser = CsvOutput.FORMAT.parse(reader);
                Writer writer = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CsvOutput.FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext() || !records.next().toList().equals(header)) {
                throw new BatchOptionException("resume", source + " does not have the columns this batch writes"
                        + " (another version, or not a batch output): it cannot be resumed; run without --resume");
            }
            printer.printRecord(header);
            CSVRecord previous = null;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException cutOff) {
                    previous = null; // the interruption cut the last row inside a quoted field
                    break;
                }
                if (previous != null) {
                    kept += keep(previous, printer, throughRow, scenarioIds);
                }
                if (record.size() != header.size()) {
                    previous = null;
                    break;
                }
                previous = record;
            }
            if (previous != null && endsWithNewline) {
                kept += keep(previous, printer, throughRow, scenarioIds);
            }
        }
        Files.move(fresh, partial, StandardCopyOption.REPLACE_EXISTING);
        return kept;
    }

    private static int keep(CSVRecord record, CSVPrinter printer, int throughRow, Map<Integer, String> scenarioIds)
            throws IOException {
        int row;
        try {
            row = Integer.parseInt(record.get(0));
        } catch (NumberFormatException e) {
            return 0;
        }
        if (row > throughRow) {
            return 0;
        }
        printer.printRecord(record.toList()); // cells as written: already spreadsheet-safe
        scenarioIds.put(row, record.get(1));
        return 1;
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return false;
            }
            raf.seek(raf.length() - 1);
            return raf.read() == '\n';
        }
    }

    /** Adds the outcome of the next row (rows arrive in input order). */
    void add(RowOutcome outcome) {
        if (outcome.error() != null) {
            errorChunk.append(CsvOutput.line(outcome.error().cells()));
        } else {
            resultChunk.append(outcome.resultLine());
        }
        if (resultChunk.length() + errorChunk.length() > CHUNK_CHARS
                || System.nanoTime() - lastCheckpoint > CHECKPOINT_NANOS) {
            checkpoint();
        }
    }

    /** Puts the rows so far on disk: errors first, then results. */
    void checkpoint() {
        try {
            errorLines.write(errorChunk.toString());
            errorLines.flush();
            errorChunk.setLength(0);
            results.write(resultChunk.toString());
            results.flush();
            resultChunk.setLength(0);
            lastCheckpoint = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outputPartial + ": " + e.getMessage(), e);
        }
    }

    /** Every row is done: writes the targets through {@link AtomicFiles} and deletes the partial files. */
    void finish() {
        checkpoint();
        closeWriters();
        AtomicFiles.write(errors, writer -> copy(errorsPartial, writer));
        AtomicFiles.write(output, writer -> copy(outputPartial, writer));
        try {
            Files.deleteIfExists(outputPartial);
            Files.deleteIfExists(errorsPartial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + outputPartial + ": " + e.getMessage(), e);
        }
        finished = true;
    }

    /** The partial results file (kept when the run does not finish). */
    Path outputPartial() {
        return outputPartial;
    }

    private static void copy(Path from, Writer to) throws IOException {
        try (Reader reader = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
            reader.transferTo(to);
        }
    }

    /** Without {@link #finish}: keeps the complete rows so far in the partial files for --resume. */
    @Override
    public void close() {
        if (!finished) {
            try {
                checkpoint();
            } catch (UncheckedIOException ignored) {
                // the failure that stopped the run is reported; what is on disk stays resumable
            }
            closeWriters();
        }
    }

    private void closeWriters() {
        for (Writer writer : new Writer[] {errorLines, results}) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // nothing more can be saved
            }
        }
    }
}
