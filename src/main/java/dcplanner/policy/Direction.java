package dcplanner.policy;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which side of a limit passes: at most ({@code <=}, PUE, WUE) or at least ({@code >=}, supply air, ERF). */
public enum Direction {
    AT_MOST("<="),
    AT_LEAST(">=");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Headroom of {@code value} against {@code limit}: positive or zero passes, negative fails. */
    public double margin(double value, double limit) {
        return this == AT_MOST ? limit - value : value - limit;
    }

    public static Direction fromSymbol(String text) {
        for (Direction d : values()) {
            if (d.symbol.equals(text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("comparison '" + text + "' is not allowed; allowed: "
                + Arrays.stream(values()).map(Direction::symbol).collect(Collectors.joining(", ")));
    }
}
