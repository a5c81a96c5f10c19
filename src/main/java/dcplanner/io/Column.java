package dcplanner.io;

import java.util.function.Function;

/**
 * One output quantity of a result: its key (the JSON key and CSV header, with the unit in it, e.g.
 * {@code mean_dry_bulb_c}), its human header and unit for tables, how many decimals a reader needs,
 * and how to get it from a result.
 */
public record Column<T>(String key, String header, String unit, int decimals, Function<T, Object> getter) {

    /** Decimals kept in JSON and CSV: two more than a reader needs, so that nothing useful is lost. */
    public int dataDecimals() {
        return decimals + 2;
    }

    /** Table header with the unit in brackets. */
    public String tableHeader() {
        return unit.isEmpty() ? header : header + " (" + unit + ")";
    }

    public Object valueOf(T row) {
        return getter.apply(row);
    }

    /** The value as a table shows it: {@link #decimals()} decimals ({@link Values#text}). */
    public String textOf(T row) {
        return Values.text(valueOf(row), decimals, key);
    }

    /** The value as JSON and CSV carry it: rounded to {@link #dataDecimals()} ({@link Values#forData}). */
    public Object dataOf(T row) {
        return Values.forData(valueOf(row), dataDecimals(), key);
    }
}
