package vn.partybloc.platform.inbox;

/** An event that no retry can process: malformed, or of a shape this consumer does not understand. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
