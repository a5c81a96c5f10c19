package dcplanner.policy;

import java.util.regex.Pattern;

/**
 * Strict parsing of a number written in a data file: plain decimal notation only (no NaN,
 * Infinity, hexadecimal or type suffixes that {@link Double#parseDouble} would accept) and finite.
 */
public final class StrictNumber {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private StrictNumber() {
    }

    /** {@code text} as a finite number, or an error naming {@code what} and the text. */
    public static double parse(String text, String what) {
        String trimmed = text == null ? "" : text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(what + " '" + trimmed + "' is not a number");
        }
        double value = Double.parseDouble(trimmed);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " '" + trimmed + "' is out of range");
        }
        return value;
    }

    /** {@code text} as a whole number, or an error naming {@code what}. */
    public static int parseInt(String text, String what) {
        double value = parse(text, what);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " '" + text.trim() + "' is not a whole number");
        }
        return (int) value;
    }
}
