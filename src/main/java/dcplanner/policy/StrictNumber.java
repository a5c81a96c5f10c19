package dcplanner.policy;

import dcplanner.text.InputText;
import dcplanner.text.StrictNumbers;

/**
 * A number read from a data file or a fleet option, with an error that names what was being read.
 * The grammar is the project's one strict parser, {@link StrictNumbers}; this class only adds the
 * message.
 */
public final class StrictNumber {

    private StrictNumber() {
    }

    /** {@code text} as a finite number, or an error naming {@code what} and the text. */
    public static double parse(String text, String what) {
        double value = StrictNumbers.parse(text == null ? "" : text);
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(what + " " + InputText.quote(text == null ? "" : text)
                    + " is not a number (" + StrictNumbers.NUMBER_FORM + ")");
        }
        return value;
    }

    /** {@code text} as a whole number, or an error naming {@code what}. */
    public static int parseInt(String text, String what) {
        double value = parse(text, what);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " " + InputText.quote(text) + " is not a whole number");
        }
        return (int) value;
    }
}
