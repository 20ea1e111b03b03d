package lab.grader.katas.connectionheldduringremotecall;

import java.net.http.HttpRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lab.grader.katas.connectionheldduringremotecall.CheckoutData.Product;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.LoadDriver;
import tools.jackson.databind.JsonNode;

/** Checkouts sent to the kata, what each should answer, and the orders the database holds. */
final class Checkouts {

    static final String SEE_THE_LOG = "read the kata's log under target/lab/logs/ for the exception";
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** One checkout: a product and a quantity. */
    record Checkout(Product product, int quantity) {

        String json() {
            return "{\"productId\":" + product.id() + ",\"quantity\":" + quantity + "}";
        }

        long totalCents() {
            return product.priceCents() * quantity;
        }
    }

    /** An order as the grader reads it with its own connection. */
    record StoredOrder(long id, long productId, int quantity, long totalCents, String status) {}

    private Checkouts() {}

    static List<Checkout> random(CheckoutData data, int count, RandomGenerator random) {
        List<Checkout> checkouts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            checkouts.add(new Checkout(data.anyProduct(random), 1 + random.nextInt(5)));
        }
        return checkouts;
    }

    static String expectedStatus(long orderId) {
        return PaymentStub.declines(orderId) ? "PAYMENT_FAILED" : "PAID";
    }

    /** Send the checkouts at once, in turn through the instances; read the answers from the burst later. */
    static Burst start(List<Checkout> checkouts, List<KataInstance> through) {
        return new LoadDriver(TIMEOUT)
                .burst(
                        checkouts.size(),
                        i -> HttpRequest.newBuilder(through.get(i % through.size())
                                        .baseUri()
                                        .resolve("/orders"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        checkouts.get(i).json()))
                                .build());
    }

    /** What is wrong with this answer to the checkout; empty when it is a 201 with the right order. */
    static Optional<String> wrongAnswer(Checkout checkout, int status, String body) {
        if (status != 201) {
            return Optional.of("HTTP " + status + " " + Text.quote(body, 160));
        }
        JsonNode order = HttpAnswers.readOrMissing(body);
        long orderId = order.path("orderId").asLong(-1);
        boolean right = orderId > 0
                && order.path("productId").asLong(-1) == checkout.product().id()
                && order.path("quantity").asInt(-1) == checkout.quantity()
                && order.path("totalCents").asLong(-1) == checkout.totalCents()
                && expectedStatus(orderId).equals(order.path("status").asString(""));
        return right
                ? Optional.empty()
                : Optional.of(Text.quote(body, 160) + ", expected totalCents " + checkout.totalCents() + " and status "
                        + (orderId > 0 ? expectedStatus(orderId) : "PAID or PAYMENT_FAILED"));
    }

    /**
     * The burst's wrong answers, described for feedback; empty when every checkout got its order or a 503 (a
     * service out of connections says so: the count of payments in flight judges that, not this).
     */
    static List<String> wrongAnswers(List<Checkout> checkouts, List<BurstAnswer> answers) {
        List<String> wrong = new ArrayList<>();
        for (BurstAnswer answer : answers) {
            Checkout checkout = checkouts.get(answer.index());
            if (!answer.answered()) {
                wrong.add("no answer (" + answer.failure() + ")");
            } else if (answer.status() != 503) {
                wrongAnswer(checkout, answer.status(), answer.body()).ifPresent(wrong::add);
            }
        }
        return wrong;
    }

    static Optional<StoredOrder> stored(KataRun kata, long orderId) throws SQLException {
        try (PreparedStatement select = kata.database()
                .prepareStatement(
                        "select id, product_id, quantity, total_cents, status from purchase_order" + " where id = ?")) {
            select.setLong(1, orderId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new StoredOrder(
                                row.getLong(1), row.getLong(2), row.getInt(3), row.getLong(4), row.getString(5)))
                        : Optional.empty();
            }
        }
    }
}
