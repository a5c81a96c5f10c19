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
}
