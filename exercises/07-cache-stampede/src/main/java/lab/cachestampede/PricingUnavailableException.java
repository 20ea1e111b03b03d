package lab.cachestampede;

import java.time.Duration;

/** The pricing service could not give a category's prices now; the client may try again after a while. */
class PricingUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    PricingUnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    PricingUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
