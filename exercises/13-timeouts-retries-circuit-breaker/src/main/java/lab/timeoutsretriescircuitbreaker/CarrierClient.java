package lab.timeoutsretriescircuitbreaker;

import java.net.http.HttpClient;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The carrier's API: {@code GET {carrier.base-url}/tracking/{id}} (a read, a few tens of milliseconds) and
 * {@code POST {carrier.base-url}/pickups/{id}} (books a courier: not idempotent, a second call books a second one).
 */
@Component
class CarrierClient {

    private final RestClient client;
    private final int attempts;

    CarrierClient(@Value("${carrier.base-url}") String baseUrl, @Value("${carrier.attempts}") int attempts) {
        // HTTP/1.1: plain HTTP with no attempt to upgrade to HTTP/2 first.
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new JdkClientHttpRequestFactory(http))
                .build();
        this.attempts = attempts;
    }

    Tracking tracking(long shipmentId) {
        return withRetries(
                shipmentId,
                () -> client.get().uri("/tracking/{id}", shipmentId).retrieve().body(Tracking.class));
    }

    Pickup bookPickup(long shipmentId) {
        return withRetries(
                shipmentId,
                () -> client.post().uri("/pickups/{id}", shipmentId).retrieve().body(Pickup.class));
    }

    // Any failure is tried again at once, up to carrier.attempts times in all.
    private <T> T withRetries(long shipmentId, Supplier<T> call) {
        RestClientException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return call.get();
            } catch (RestClientException e) {
                last = e;
            }
        }
        if (last instanceof HttpClientErrorException.NotFound) {
            throw new ShipmentNotFoundException(shipmentId);
        }
        throw new CarrierUnavailableException("the carrier failed for shipment " + shipmentId, last);
    }
}
