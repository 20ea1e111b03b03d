package lab.virtualthreads;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Ask the carrier's rate API for a parcel's price: {@code GET {carrier.base-url}/rates/{carrier}/{zone}/{grams}}.
 * It takes about 300 ms to answer, on a good day, so a call must not hold a platform thread while it waits.
 */
@Component
class CarrierClient {

    private final RestClient client;

    CarrierClient(
            @Value("${carrier.base-url}") String baseUrl,
            @Value("${carrier.connect-timeout}") Duration connectTimeout,
            @Value("${carrier.read-timeout}") Duration readTimeout) {
        // HTTP/1.1: plain HTTP with no attempt to upgrade to HTTP/2 first. The client's own work (handing each
        // answer to its caller) runs on virtual threads too: its default pool starts a platform thread per answer
        // in flight.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        this.client =
                RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    /**
     * The carrier's price for this order's parcel.
     *
     * @throws CarrierUnavailableException when the carrier fails or cannot be reached
     */
    CarrierRate rate(ShipmentOrder order) {
        try {
            return client.get()
                    .uri("/rates/{carrier}/{zone}/{grams}", order.carrier(), order.zone(), order.weightGrams())
                    .retrieve()
                    .body(CarrierRate.class);
        } catch (RestClientResponseException e) {
            throw new CarrierUnavailableException(
                    "the carrier " + order.carrier() + " answered "
                            + e.getStatusCode().value(),
                    e);
        } catch (ResourceAccessException e) {
            throw new CarrierUnavailableException("the carrier " + order.carrier() + " did not answer", e);
        }
    }
}
