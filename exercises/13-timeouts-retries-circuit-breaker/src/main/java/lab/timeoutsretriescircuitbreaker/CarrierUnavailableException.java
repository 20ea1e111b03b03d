package lab.timeoutsretriescircuitbreaker;

class CarrierUnavailableException extends RuntimeException {

    CarrierUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
