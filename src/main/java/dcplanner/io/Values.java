package dcplanner.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Formatting of numbers for output; refuses NaN and infinity so that they never reach a user. */
public final class Values {

    private Values() {
    }

    /** {@code value} rounded half-even to {@code decimals}, as an exact decimal for JSON. */
    public static Object forData(Object value, int decimals, String key) {
        if (value instanceof Double d) {
            requireFinite(d, key);
            BigDecimal rounded = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
            if (rounded.scale() <= 0 && rounded.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                return rounded.longValue(); // whole numbers as integers: 26280, not 2.628E+4
            }
            return rounded;
        }
        if (value instanceof Float f) {
            return forData(f.doubleValue(), decimals, key);
        }
        return value;
    }

    /** Text of {@code value} for a table or CSV cell. */
    public static String text(Object value, int decimals, String key) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            requireFinite(d, key);
            return String.format(Locale.ROOT, "%." + decimals + "f", d);
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return String.valueOf(value);
    }

    /**
     * Text of {@code value} for a table a person reads: as {@link #text}, with thousands separators
     * for whole-number quantities of 10,000 and more (money, tonnes).
     */
    public static String readable(Object value, int decimals, String key) {
        if (value instanceof Double d && decimals == 0 && Math.abs(d) >= 1e4) {
            requireFinite(d, key);
            return String.format(Locale.ROOT, "%,.0f", d);
        }
        return text(value, decimals, key);
    }

    /** Plain text of a decimal without exponent or trailing zeros. */
    public static String plain(double value, int decimals, String key) {
        requireFinite(value, key);
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    public static void requireFinite(double value, String key) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("internal error: " + key + " is " + value
                    + "; refusing to write a value that is not a number");
        }
    }
}
