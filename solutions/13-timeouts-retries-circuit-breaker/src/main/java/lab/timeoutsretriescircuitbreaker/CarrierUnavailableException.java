package lab.timeoutsretriescircuitbreaker;

import java.time.Duration;
import java.util.Optional;

/** The carrier failed, timed out, or is not being called while the breaker is open; worth trying again later. */
class CarrierUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    CarrierUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** When the carrier (or the breaker) says to try again, if it said. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
