package lab.cachestampede;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Ask the pricing service for a category's prices: {@code GET {pricing.base-url}/prices/{id}}. Every call is
 * expensive for the pricing service (it computes the list on the spot, about a second of work), which is why the
 * service caches its answers. Nothing to change here.
 */
@Component
class PricingClient {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final RestClient client;

    PricingClient(@Value("${pricing.base-url}") String baseUrl, @Value("${pricing.timeout}") Duration timeout) {
        // HTTP/1.1: plain HTTP with no attempt to upgrade to HTTP/2 first.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        this.client =
                RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    /**
     * Load the prices from the pricing service.
     *
     * @throws CategoryNotFoundException when the pricing service knows no such category
     * @throws PricingUnavailableException when it fails or does not answer in time
     */
    CategoryPrices fetch(long categoryId) {
        try {
            return client.get()
                    .uri("/prices/{id}", categoryId)
                    .retrieve()
                    .onStatus(status -> status.value() == HttpStatus.NOT_FOUND.value(), (request, response) -> {
                        throw new CategoryNotFoundException(categoryId);
                    })
                    .onStatus(status -> status.isError(), (request, response) -> {
                        throw new PricingUnavailableException(
                                "the pricing service answered "
                                        + response.getStatusCode().value() + " for category " + categoryId,
                                RETRY_AFTER);
                    })
                    .body(CategoryPrices.class);
        } catch (ResourceAccessException e) {
            throw new PricingUnavailableException(
                    "the pricing service did not answer for category " + categoryId, RETRY_AFTER, e);
        }
    }
}
