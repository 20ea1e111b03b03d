package lab.connectionheldduringremotecall;

class PaymentUnavailableException extends RuntimeException {

    PaymentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
