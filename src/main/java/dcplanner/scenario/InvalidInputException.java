package dcplanner.scenario;

/**
 * An input that cannot be used: the message names the input, the value and what is allowed, e.g.
 * {@code supply_air_c = 45 is outside 15..35 C (ASHRAE A1-A2 allowable inlet range)}.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final String input;

    public InvalidInputException(String input, String message) {
        super(message);
        this.input = input;
    }

    /** The catalogue name of the input at fault. */
    public String input() {
        return input;
    }
}
