package dcplanner.text;

/**
 * The one way input is quoted in a message. Whatever a user or a file gave (an option value, a
 * weather file's header, a CSV cell, a file name) is shown with every character that is not
 * printable written as an escape, so that a binary file's bytes or a terminal escape sequence in
 * an input never reach the terminal raw, and long input is cut.
 *
 * <p>Escapes: {@code \t}, {@code \n}, {@code \r}; other control and invisible formatting
 * characters as {@code \xNN} (up to U+00FF) or <code>&#92;uNNNN</code> (C0 and C1 controls, DEL, the
 * byte-order mark and other format characters such as bidirectional overrides, line and
 * paragraph separators, lone surrogates). Printable text, accents included, is kept as it is.
 */
public final class InputText {

    /** Input longer than this (in characters) is cut and ends with "...". */
    public static final int MAX_SHOWN = 60;

    private InputText() {
    }

    /** {@code 'text'}: the input in single quotes, escaped and cut as described above. */
    public static String quote(CharSequence text) {
        return "'" + printable(text) + "'";
    }

    /** The input escaped and cut as described above, without quotes (for file names in messages). */
    public static String printable(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); i++) {
            if (shown == MAX_SHOWN) {
                return out.append("...").toString();
            }
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (isPrintable(codePoint)) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append(String.format("\\u{%x}", codePoint));
                    i++;
                }
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (!Character.isSurrogate(c) && isPrintable(c)) {
                out.append(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
            shown++;
        }
        return out.toString();
    }

    /**
     * The value without the spaces and tabs around it: the one trimming of values (String.trim
     * would also drop control characters such as NUL or ESC, which must be refused, not ignored).
     */
    public static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isPrintable(int codePoint) {
        int type = Character.getType(codePoint);
        return !(Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE || type == Character.SURROGATE);
    }
}
