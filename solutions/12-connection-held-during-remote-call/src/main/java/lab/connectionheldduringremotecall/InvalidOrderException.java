package lab.connectionheldduringremotecall;

class InvalidOrderException extends RuntimeException {

    InvalidOrderException(String message) {
        super(message);
    }
}
