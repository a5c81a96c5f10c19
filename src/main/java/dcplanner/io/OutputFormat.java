package dcplanner.io;

import java.util.Locale;

/** How a command writes its result: a table to read, or JSON / CSV for other tools. */
public enum OutputFormat {
    TABLE, JSON, CSV;

    public static OutputFormat parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
