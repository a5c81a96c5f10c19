package dcplanner.batch;

import java.nio.file.Path;

/**
 * What a batch run reads and writes.
 *
 * @param input   the scenarios, one a row (never modified)
 * @param output  the results, one row per scenario that ran, in input order
 * @param errors  the rows that failed and why
 * @param threads how many rows are evaluated at once (the results do not depend on it)
 * @param resume  continue an interrupted run from the rows already in the output
 */
public record BatchOptions(Path input, Path output, Path errors, int threads, boolean resume) {

    /** Most threads accepted: more than the cores only adds memory. */
    public static final int MAX_THREADS = 256;

    public BatchOptions {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new BatchOptionException("threads", "--threads " + threads + " is outside 1.." + MAX_THREADS);
        }
    }

    /** Options with the default errors file ({@link #defaultErrors}) and one thread per core. */
    public static BatchOptions of(Path input, Path output) {
        return new BatchOptions(input, output, defaultErrors(output), Runtime.getRuntime().availableProcessors(),
                false);
    }

    /** {@code results.csv} -> {@code results-errors.csv}, beside it. */
    public static Path defaultErrors(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String errors = dot > 0 ? name.substring(0, dot) + "-errors" + name.substring(dot) : name + "-errors.csv";
        return output.resolveSibling(errors);
    }

    public BatchOptions withResume(boolean value) {
        return new BatchOptions(input, output, errors, threads, value);
    }
}
