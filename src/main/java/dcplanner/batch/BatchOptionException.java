package dcplanner.batch;

import dcplanner.scenario.InvalidInputException;

/** A batch option that cannot be used (the output is the input, a leftover partial file...): nothing runs. */
public class BatchOptionException extends InvalidInputException {

    public BatchOptionException(String option, String message) {
        super(option, message);
    }
}
