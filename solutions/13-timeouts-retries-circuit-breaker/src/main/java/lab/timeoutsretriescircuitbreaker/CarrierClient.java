package lab.timeoutsretriescircuitbreaker;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The carrier's API: {@code GET {carrier.base-url}/tracking/{id}} (a read, a few tens of milliseconds) and
 * {@code POST {carrier.base-url}/pickups/{id}} (books a courier: not idempotent, a second call books a second one).
 *
 * <p>Every call has a connect and a read timeout and goes through one circuit breaker per instance. Reads are retried
 * once, only on a timeout, a connection error or a 503, after a capped, jittered backoff and never sooner than the
 * carrier's {@code Retry-After}. A pickup is never retried: the first call may have booked it.
 */
@Component
class CarrierClient {

    private final RestClient client;
    private final CircuitBreaker breaker;
    private final Retry reads;
    private final Duration openDuration;

    CarrierClient(
            @Value("${carrier.base-url}") String baseUrl,
            @Value("${carrier.connect-timeout}") Duration connectTimeout,
            @Value("${carrier.read-timeout}") Duration readTimeout,
            @Value("${carrier.retry.attempts}") int attempts,
            @Value("${carrier.retry.backoff}") Duration backoff,
            @Value("${carrier.retry.longest-wait}") Duration longestWait,
            @Value("${carrier.breaker.open-duration}") Duration openDuration) {
        // HTTP/1.1: plain HTTP with no attempt to upgrade to HTTP/2 first.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        this.client =
                RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
        this.openDuration = openDuration;
        this.breaker = CircuitBreaker.of(
                "carrier",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(openDuration)
                        .permittedNumberOfCallsInHalfOpenState(2)
                        // A shipment the carrier does not know is an answer, not a failure of the carrier.
                        .recordExceptions(CarrierUnavailableException.class)
                        .build());
        this.reads = Retry.of(
                "carrier-reads",
                RetryConfig.<Tracking>custom()
                        .maxAttempts(attempts)
                        // Not while the breaker is open: that is the point of it.
                        .retryOnException(failure -> failure instanceof CarrierUnavailableException unavailable
                                && !(unavailable.getCause() instanceof CallNotPermittedException)
                                && unavailable
                                                .retryAfter()
                                                .orElse(Duration.ZERO)
                                                .compareTo(longestWait)
                                        <= 0)
                        .intervalBiFunction((attempt, outcome) ->
                                wait(attempt, outcome.isLeft() ? outcome.getLeft() : null, backoff))
                        .build());
    }

    Tracking tracking(long shipmentId) {
        Supplier<Tracking> call =
                () -> client.get().uri("/tracking/{id}", shipmentId).retrieve().body(Tracking.class);
        return Retry.decorateSupplier(reads, guarded(shipmentId, call)).get();
    }

    Pickup bookPickup(long shipmentId) {
        Supplier<Pickup> call =
                () -> client.post().uri("/pickups/{id}", shipmentId).retrieve().body(Pickup.class);
        return guarded(shipmentId, call).get();
    }

    /** The call through the breaker, with the carrier's failures turned into this service's exceptions. */
    private <T> Supplier<T> guarded(long shipmentId, Supplier<T> call) {
        Supplier<T> translated = () -> {
            try {
                return call.get();
            } catch (HttpClientErrorException.NotFound e) {
                throw new ShipmentNotFoundException(shipmentId);
            } catch (RestClientResponseException e) {
                throw new CarrierUnavailableException(
                        "the carrier answered " + e.getStatusCode().value() + " for shipment " + shipmentId,
                        retryAfter(e),
                        e);
            } catch (ResourceAccessException e) {
                throw new CarrierUnavailableException(
                        "the carrier did not answer in time for shipment " + shipmentId, null, e);
            }
        };
        return () -> {
            try {
                return CircuitBreaker.decorateSupplier(breaker, translated).get();
            } catch (CallNotPermittedException e) {
                throw new CarrierUnavailableException(
                        "the carrier is failing; calls to it are paused", openDuration, e);
            }
        };
    }

    // Capped exponential backoff with full jitter, and never sooner than the carrier asked.
    private static long wait(int attempt, Throwable failure, Duration backoff) {
        long ceiling = Math.min(1_000, backoff.toMillis() << Math.max(0, attempt - 1));
        long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        long asked = failure instanceof CarrierUnavailableException unavailable
                ? unavailable.retryAfter().map(Duration::toMillis).orElse(0L)
                : 0;
        return Math.max(jittered, asked);
    }

    private static Duration retryAfter(RestClientResponseException e) {
        String header =
                e.getResponseHeaders() == null ? null : e.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }
}
