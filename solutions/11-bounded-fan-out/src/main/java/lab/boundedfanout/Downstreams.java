package lab.boundedfanout;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The three services the basket page needs, each about 100 ms a call:
 *
 * <ul>
 *   <li>pricing: {@code GET /prices/{sku,sku,...}} gives every line's unit price in one call (mandatory);
 *   <li>promotions: {@code GET /promotions/{basketId}} gives the basket's discount (optional: the page is fine without
 *       it);
 *   <li>inventory: {@code GET /stock/{sku}} gives one product's stock; there is no batch endpoint, and the inventory
 *       team allows at most 8 calls in flight per page.
 * </ul>
 */
@Component
class Downstreams {

    private final RestClient pricing;
    private final RestClient promotions;
    private final RestClient inventory;

    Downstreams(
            @Value("${downstream.pricing.base-url}") String pricingUrl,
            @Value("${downstream.promotions.base-url}") String promotionsUrl,
            @Value("${downstream.inventory.base-url}") String inventoryUrl,
            @Value("${downstream.timeout}") Duration timeout,
            @Value("${downstream.promotions.timeout}") Duration promotionsTimeout) {
        this.pricing = client(pricingUrl, timeout);
        this.promotions = client(promotionsUrl, promotionsTimeout);
        this.inventory = client(inventoryUrl, timeout);
    }

    private static RestClient client(String baseUrl, Duration timeout) {
        // HTTP/1.1: plain HTTP with no attempt to upgrade to HTTP/2 first. A read timeout, so that a service that
        // hangs costs the page at most that long.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    /** Unit prices in cents, by SKU. */
    Map<String, Long> prices(List<String> skus) {
        return call(
                "pricing",
                () -> pricing.get()
                        .uri("/prices/{skus}", String.join(",", skus))
                        .retrieve()
                        .body(new ParameterizedTypeReference<Map<String, Long>>() {}));
    }

    long discountCents(long basketId) {
        Map<String, Long> promotion = call(
                "promotions",
                () -> promotions
                        .get()
                        .uri("/promotions/{id}", basketId)
                        .retrieve()
                        .body(new ParameterizedTypeReference<Map<String, Long>>() {}));
        return promotion.getOrDefault("discountCents", 0L);
    }

    int available(String sku) {
        Map<String, Object> stock = call(
                "inventory",
                () -> inventory
                        .get()
                        .uri("/stock/{sku}", sku)
                        .retrieve()
                        .body(new ParameterizedTypeReference<Map<String, Object>>() {}));
        return ((Number) stock.get("available")).intValue();
    }

    private static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (RestClientException e) {
            throw new DownstreamException(service, e);
        }
    }
}
