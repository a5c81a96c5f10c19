package dcplanner.batch;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How a batch run went.
 *
 * @param ran      rows that ran (their results are in the output), including those taken over on --resume
 * @param failed   rows that failed (they are in the errors file)
 * @param blank    blank rows skipped
 * @param resumed  rows whose outcome was taken over from the interrupted run
 * @param seconds  wall time of the run
 */
public record BatchSummary(long ran, long failed, long blank, long resumed, Path output, Path errors,
        double seconds) {

    /** The summary line: how many rows ran and failed, where the results are. */
    public String line() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "batch: %d rows: %d ran, %d failed", ran + failed, ran, failed));
        if (blank > 0) {
            out.append(", ").append(blank).append(blank == 1 ? " blank row" : " blank rows").append(" skipped");
        }
        if (resumed > 0) {
            out.append(", ").append(resumed).append(" taken over from the interrupted run");
        }
        out.append(String.format(Locale.ROOT, "; results in %s, errors in %s (%.1f s)", output, errors, seconds));
        return out.toString();
    }
}
