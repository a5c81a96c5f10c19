package dcplanner.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter sweep: the scenario evaluated at every point of a grid of one or two inputs, the other
 * inputs as given.
 */
public final class Sweep {

    /** One swept input and the values it takes, as they would be typed. */
    public record Axis(String input, List<String> values) {

        public Axis {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("sweep of " + input + " has no values");
            }
            values = List.copyOf(values);
        }

        /**
         * {@code from}, {@code from + step}, ... up to {@code to} (inclusive), counted in decimal so that
         * 22, 22.1, ... carry no binary rounding; at most {@code maxPoints} values.
         */
        public static Axis range(String input, String from, String to, String step, int maxPoints) {
            BigDecimal start = decimal(input, "from", from);
            BigDecimal end = decimal(input, "to", to);
            BigDecimal increment = decimal(input, "step", step);
            if (increment.signum() <= 0) {
                throw new IllegalArgumentException("sweep step of " + input + " = " + step
                        + " is not allowed; allowed: above 0");
            }
            if (end.compareTo(start) < 0) {
                throw new IllegalArgumentException("sweep of " + input + ": to = " + to + " is below from = " + from);
            }
            List<String> values = new ArrayList<>();
            for (BigDecimal v = start; v.compareTo(end) <= 0; v = v.add(increment)) {
                if (values.size() == maxPoints) {
                    throw new IllegalArgumentException("sweep of " + input + " has more than " + maxPoints
                            + " points; allowed: at most " + maxPoints + " (raise step)");
                }
                values.add(v.stripTrailingZeros().toPlainString());
            }
            return new Axis(input, values);
        }

        private static BigDecimal decimal(String input, String what, String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("sweep " + what + " of " + input + " = '" + text
                        + "' is not a number");
            }
        }
    }

    /** One grid point: the swept values (one per axis) and the metrics there, in {@link StudyMetric} order. */
    public record Point(List<String> values, double[] metrics) {
    }

    /** The sweep's axes and its points, the last axis varying fastest. */
    public record Result(List<Axis> axes, List<Point> points) {
    }

    private Sweep() {
    }

    public static Result run(StudyRunner runner, Map<String, String> baseInputs, List<Axis> axes) {
        if (axes.isEmpty() || axes.size() > 2) {
            throw new IllegalArgumentException("a sweep has one or two inputs, got " + axes.size());
        }
        List<List<String>> grid = new ArrayList<>();
        grid.add(List.of());
        for (Axis axis : axes) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : grid) {
                for (String value : axis.values()) {
                    List<String> point = new ArrayList<>(prefix);
                    point.add(value);
                    next.add(point);
                }
            }
            grid = next;
        }
        List<Map<String, String>> runs = new ArrayList<>();
        for (List<String> point : grid) {
            Map<String, String> inputs = new LinkedHashMap<>(baseInputs);
            for (int a = 0; a < axes.size(); a++) {
                inputs.put(axes.get(a).input(), point.get(a));
            }
            runs.add(inputs);
        }
        List<double[]> metrics = runner.metricsOf(runs);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            points.add(new Point(List.copyOf(grid.get(i)), metrics.get(i)));
        }
        return new Result(List.copyOf(axes), List.copyOf(points));
    }
}
