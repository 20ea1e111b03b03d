package lab.keysetpagination;

/** A cursor this service cannot continue from; the client gets a 400 that says why. */
class InvalidCursorException extends RuntimeException {

    InvalidCursorException(String message) {
        super(message);
    }
}
