package lab.connectionheldduringremotecall;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Charge an order: {@code POST {payment.base-url}/payments/{orderId}} with the amount, and an {@code Idempotency-Key}
 * so that a retried charge is never taken twice. The provider takes about a second to answer. Nothing to change
 * here.
 */
@Component
class PaymentClient {

    private final RestClient client;

    PaymentClient(
            @Value("${payment.base-url}") String baseUrl,
            @Value("${payment.connect-timeout}") Duration connectTimeout,
            @Value("${payment.read-timeout}") Duration readTimeout) {
        // HTTP/1.1: plain HTTP with no attempt to upgrade to HTTP/2 first.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        this.client =
                RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    /**
     * Charge the order's total.
     *
     * @throws PaymentUnavailableException when the provider fails or does not answer in time
     */
    Payment charge(long orderId, long amountCents) {
        try {
            return client.post()
                    .uri("/payments/{orderId}", orderId)
                    .header("Idempotency-Key", "order-" + orderId)
                    .body(Map.of("orderId", orderId, "amountCents", amountCents))
                    .retrieve()
                    .body(Payment.class);
        } catch (RestClientResponseException e) {
            throw new PaymentUnavailableException(
                    "the payment provider answered " + e.getStatusCode().value() + " for order " + orderId, e);
        } catch (ResourceAccessException e) {
            throw new PaymentUnavailableException("the payment provider did not answer for order " + orderId, e);
        }
    }
}
