package dcplanner.batch;

/** Some rows of a batch failed (the others ran and are written): the command's exit code is 1. */
public class RowsFailedException extends RuntimeException {

    public RowsFailedException(BatchSummary summary) {
        super(summary.failed() + " of " + (summary.ran() + summary.failed()) + " rows failed; see "
                + summary.errors());
    }
}
