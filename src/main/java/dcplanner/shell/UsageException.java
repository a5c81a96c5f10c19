package dcplanner.shell;

/** The command line itself is wrong (unknown command or option, bad value): exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
