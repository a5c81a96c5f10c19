package dcplanner.climate;

/** An EPW file that cannot be read: the message names the file, the line and the field. */
public class EpwFormatException extends RuntimeException {

    public EpwFormatException(String message) {
        super(message);
    }

    public EpwFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
