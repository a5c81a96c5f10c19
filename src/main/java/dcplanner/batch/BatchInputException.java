package dcplanner.batch;

/** A batch input file that cannot be used at all (unreadable, empty, an unknown column): no row runs. */
public class BatchInputException extends RuntimeException {

    public BatchInputException(String message) {
        super(message);
    }
}
