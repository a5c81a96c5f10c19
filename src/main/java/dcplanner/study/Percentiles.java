package dcplanner.study;

import java.util.Arrays;

/** Percentiles of a sample. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The {@code p}-quantile (0..1) of {@code values} by linear interpolation between order statistics
     * (Hyndman and Fan 1996, definition 7, the default of R and of spreadsheet PERCENTILE).
     */
    public static double of(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, p);
    }

    /** As {@link #of}, for values already sorted ascending. */
    public static double ofSorted(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
