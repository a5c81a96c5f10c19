package dcplanner.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells how a batch is going, on standard error: on a terminal a bar redrawn in place (rows done,
 * failed, rate, time left); otherwise (a pipe, a log file, CI) a plain line every ten seconds.
 */
public final class Progress {

    private static final long BAR_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final long intervalNanos;
    private long total;
    private long start = System.nanoTime();
    private long lastShown = start;
    private boolean barShown;

    /**
     * @param err      where progress goes (standard error)
     * @param terminal draw a bar (true) or plain periodic lines (false)
     */
    public Progress(PrintStream err, boolean terminal) {
        this(err, terminal, terminal ? BAR_NANOS : LINE_NANOS);
    }

    /** Progress shown at most every {@code intervalNanos}. */
    Progress(PrintStream err, boolean terminal, long intervalNanos) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = intervalNanos;
    }

    /** No progress at all (tests, callers that report themselves). */
    public static Progress silent() {
        return new Progress(null, false);
    }

    /** The run starts with {@code rows} rows to evaluate. */
    void start(long rows) {
        total = rows;
        start = System.nanoTime();
        lastShown = start;
    }

    /**
     * Whether standard error is a terminal a bar can be drawn on: a console is attached and, where
     * Linux tells, file descriptor 2 is a terminal device (not redirected to a file or pipe).
     */
    public static boolean stderrIsTerminal() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (NoSuchFileException e) {
            return true; // no /proc (not Linux): the attached console is all there is to go by
        } catch (IOException e) {
            return false; // /proc does not say what fd 2 is: plain lines are safe anywhere
        }
    }

    /** {@code done} of the rows evaluated so far, {@code failed} of them failed. */
    void update(long done, long failed) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown < intervalNanos) {
            return;
        }
        lastShown = now;
        show(done, failed, now);
    }

    /** Ends the bar's line (the summary line follows on its own line). */
    void finish(long done, long failed) {
        if (err == null || !terminal || !barShown) {
            return;
        }
        show(done, failed, System.nanoTime());
        err.print('\n');
        err.flush();
    }

    private void show(long done, long failed, long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 && total >= done ? duration((total - done) / rate) : "?";
        if (terminal) {
            int filled = total > 0 ? (int) (BAR_WIDTH * Math.min(1.0, (double) done / total)) : 0;
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d rows, %d failed, %.0f rows/s, %s left   ",
                    "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, total, failed, rate, left));
            barShown = true;
        } else {
            err.println(String.format(Locale.ROOT, "batch: %d of %d rows done (%.0f%%), %d failed, %.0f rows/s,"
                    + " about %s left", done, total, total > 0 ? 100.0 * done / total : 100.0, failed, rate, left));
        }
        err.flush();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }
}
