package dcplanner.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one parser of numbers and lists of numbers that dc-planner reads: shell options, the inner
 * strings of {@code compare}, batch cells and data files all go through it, so that a value means
 * the same wherever it is typed.
 *
 * <p>A number is a plain decimal: an optional sign, ASCII digits with at most one decimal point
 * (at least one digit), and an optional exponent ({@code 1.5e3}, {@code 8E-05}); spaces and tabs
 * around it are allowed. Everything else is refused, notably what {@link Double#parseDouble} would
 * take: type suffixes ({@code 27d}, {@code 1f}), hexadecimal ({@code 0x1p3}), {@code NaN} and
 * {@code Infinity}; and also thousands separators, decimal commas, digits of other scripts, a lone
 * sign or point, and numbers too large for a double ({@code 1e999}).
 *
 * <p>A list is comma-separated ({@code 0.2,0.5,1}); spaces around the items are allowed; an
 * empty item ({@code 0.5,,1}), a leading or trailing comma and an empty list are refused.
 */
public final class StrictNumbers {

    /** What a number looks like, for messages. */
    public static final String NUMBER_FORM = "a decimal number such as 27, -0.05 or 1.5e3";

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
        }
    }

    private StrictNumbers() {
    }

    /** The number {@code text} holds, or NaN when it is not a number of the form above. */
    public static double parse(CharSequence text) {
        return parse(text, 0, text.length());
    }

    /** Whether {@code text} is a number of the form above. */
    public static boolean isNumber(CharSequence text) {
        return !Double.isNaN(parse(text));
    }

    /**
     * The number in {@code text[start, end)}, spaces and tabs around it allowed, or NaN when it is
     * not a number of the form above. Allocates nothing for numbers of up to 15 significant digits
     * without an exponent (the reader of weather files calls it 300,000 times a file): the digits
     * are gathered into a long and divided once by a power of ten; both are exact doubles below
     * 2^53, so the single division is correctly rounded, the result {@link Double#parseDouble} gives.
     */
    public static double parse(CharSequence text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        int i = start;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        boolean slow = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (significant >= 15) {
                    slow = true;
                } else {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                }
                if (point) {
                    decimals++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN; // empty, a lone sign or point, or no digit before an exponent
        }
        if (i < end) {
            // only an exponent may follow: e or E, an optional sign, at least one digit
            char c = text.charAt(i++);
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            if (i == end) {
                return Double.NaN;
            }
            for (; i < end; i++) {
                char d = text.charAt(i);
                if (d < '0' || d > '9') {
                    return Double.NaN;
                }
            }
            slow = true;
        }
        if (slow || decimals > 22) {
            // the grammar checked above is a subset of parseDouble's, which rounds correctly
            double value = Double.parseDouble(text.subSequence(start, end).toString());
            return Double.isFinite(value) ? value : Double.NaN;
        }
        double value = decimals == 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
        return text.charAt(start) == '-' ? -value : value;
    }

    /**
     * The items of a comma-separated list, trimmed.
     *
     * @throws IllegalArgumentException saying which item is empty (message without the input)
     */
    public static List<String> listItems(String text) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                String item = InputText.strip(text.substring(start, i));
                if (item.isEmpty()) {
                    throw new IllegalArgumentException(text.isBlank() ? "the list is empty"
                            : i == text.length() ? "it ends with a comma"
                            : start == 0 ? "it starts with a comma" : "item " + (items.size() + 1) + " is empty");
                }
                items.add(item);
                start = i + 1;
            }
        }
        return items;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * {@code text} as a number, or an {@link IllegalArgumentException} naming {@code what} and the
     * text: {@code limit 'NaN' is not a number (a decimal number such as ...)}. For data files and
     * options read outside the parameter catalogue.
     */
    public static double parse(String text, String what) {
        String given = text == null ? "" : text;
        double value = parse(given);
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(what + " " + InputText.quote(given) + " is not a number ("
                    + NUMBER_FORM + ")");
        }
        return value;
    }

    /** {@code text} as a whole number, or an {@link IllegalArgumentException} naming {@code what}. */
    public static int parseInt(String text, String what) {
        double value = parse(text, what);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " " + InputText.quote(text) + " is not a whole number");
        }
        return (int) value;
    }
}
