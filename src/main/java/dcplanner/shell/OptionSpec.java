package dcplanner.shell;

import java.util.List;
import java.util.function.Supplier;

/**
 * One option of a command: its name on the command line, what it means, and what values it takes
 * (used for parsing, validation, help and tab completion).
 *
 * @param name        long name without dashes ({@code site})
 * @param valueHint   what the value looks like in help ({@code ID}, {@code FILE}); empty for a flag
 * @param description one line of help
 * @param defaultValue shown in help; null when there is none
 * @param choices     the allowed values, or null for free text / numbers
 * @param kind        how the value is completed and checked
 * @param allowed     the allowed values in words, for the message when the value is missing
 *                    ({@code 0.01..1}); empty to show the value hint
 */
public record OptionSpec(String name, String valueHint, String description, String defaultValue,
        Supplier<List<String>> choices, Kind kind, String allowed) {

    public OptionSpec(String name, String valueHint, String description, String defaultValue,
            Supplier<List<String>> choices, Kind kind) {
        this(name, valueHint, description, defaultValue, choices, kind, "");
    }

    /** The same option with the allowed values in words, for messages. */
    public OptionSpec withAllowed(String text) {
        return new OptionSpec(name, valueHint, description, defaultValue, choices, kind, text);
    }

    /** What the option's value may be, for messages: the allowed text, the choices, or the hint. */
    public String allowedOrHint() {
        if (!allowed.isEmpty()) {
            return allowed;
        }
        return choices != null ? String.join(", ", choices.get()) : valueHint;
    }

    /** How an option's value is parsed and completed. */
    public enum Kind {
        /** free text or a number, checked by the command */
        VALUE,
        /** one of {@link #choices()} */
        CHOICE,
        /** a path on disk, completed from the file system */
        FILE,
        /** takes no value */
        FLAG,
        /**
         * a list of options in one value ({@code compare --base "--site singapore"}): the next word
         * is its value even when it starts with {@code --}, so that {@code --alternative "--bar"}
         * is checked as an inner option, not taken for an option of the command
         */
        OPTIONS
    }

    public static OptionSpec value(String name, String valueHint, String description, String defaultValue) {
        return new OptionSpec(name, valueHint, description, defaultValue, null, Kind.VALUE);
    }

    public static OptionSpec choice(String name, String valueHint, String description, String defaultValue,
            Supplier<List<String>> choices) {
        return new OptionSpec(name, valueHint, description, defaultValue, choices, Kind.CHOICE);
    }

    public static OptionSpec file(String name, String description) {
        return new OptionSpec(name, "FILE", description, null, null, Kind.FILE);
    }

    /** An option whose value is a list of options, such as the scenario inputs of {@code compare}. */
    public static OptionSpec options(String name, String description) {
        return new OptionSpec(name, "\"--INPUT VALUE ...\"", description, null, null, Kind.OPTIONS);
    }

    public static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, "", description, null, null, Kind.FLAG);
    }

    /** The output format option every reporting command shares. */
    public static OptionSpec format() {
        return choice("format", "FORMAT", "output format: table (for reading), json or csv (for other tools)",
                "table", () -> List.of("table", "json", "csv"));
    }
}
