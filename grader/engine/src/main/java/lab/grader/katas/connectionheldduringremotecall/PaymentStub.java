package lab.grader.katas.connectionheldduringremotecall;

import java.time.Duration;
import lab.grader.fixtures.StubDownstream;
import lab.grader.fixtures.StubRoute;
import lab.grader.model.KataFixture;

/**
 * Start the stand-in for the payment provider: {@code POST /payments/{orderId}} approves the charge, except for every
 * fifth order id, which it declines, after a short latency. The kata finds it as {@code lab.downstream.payment.url}.
 */
final class PaymentStub {

    static final String PATH = "/payments/";
    static final Duration LATENCY = Duration.ofMillis(50);

    private PaymentStub() {}

    static boolean declines(long orderId) {
        return orderId % 5 == 0;
    }

    /** Answer after this latency from now on. */
    static void answerAfter(StubDownstream stub, Duration latency) {
        stub.route(PATH, route().latency(latency));
    }

    static KataFixture.Factory factory() {
        return context -> {
            StubDownstream stub =
                    (StubDownstream) StubDownstream.fixture("payment").start(context);
            answerAfter(stub, LATENCY);
            return stub;
        };
    }

    private static StubRoute route() {
        return StubRoute.json(key -> {
            long orderId = parse(key);
            return "{\"paymentId\":\"pay-" + key + "\",\"status\":\""
                    + (orderId > 0 && !declines(orderId) ? "APPROVED" : "DECLINED") + "\"}";
        });
    }

    private static long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The order id of a call to {@code /payments/{orderId}}, or -1. */
    static long orderId(String path) {
        return path.startsWith(PATH) ? parse(path.substring(PATH.length())) : -1;
    }
}
