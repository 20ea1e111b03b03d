package lab.grader.katas.virtualthreads;

import java.math.BigDecimal;
import java.util.Optional;
import lab.grader.katas.virtualthreads.ShippingData.Order;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import tools.jackson.databind.JsonNode;

/** What {@code GET /quotes/{orderId}} should answer, and how an answer differs from it. */
final class QuoteAnswers {

    static final String SEE_THE_LOG = "read the kata's log under target/lab/logs/ for the exception";

    private QuoteAnswers() {}

    static String path(long orderId) {
        return "/quotes/" + orderId;
    }

    static String expected(ShippingData data, Order order) {
        return "{\"orderId\":" + order.id() + ",\"carrier\":\"" + order.carrier() + "\",\"amount\":"
                + CarrierRates.amount(data.seed(), order).toPlainString() + ",\"currency\":\"" + CarrierRates.CURRENCY
                + "\"}";
    }

    /** What is wrong with this body as the quote for the order; empty when it is right. */
    static Optional<String> difference(String body, ShippingData data, Order order) {
        JsonNode actual = HttpAnswers.readOrMissing(body);
        BigDecimal amount = CarrierRates.amount(data.seed(), order);
        boolean same = actual.path("orderId").asLong(-1) == order.id()
                && order.carrier().equals(actual.path("carrier").asString(""))
                && actual.path("amount").isNumber()
                && actual.path("amount").decimalValue().compareTo(amount) == 0
                && CarrierRates.CURRENCY.equals(actual.path("currency").asString(""));
        return same ? Optional.empty() : Optional.of(Text.quote(body));
    }
}
