package lab.grader.katas.boundedfanout;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.boundedfanout.BasketData.Basket;
import lab.grader.katas.boundedfanout.BasketData.Line;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.KataInstance;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.LoadDriver;
import tools.jackson.databind.JsonNode;

/** Basket pages read through the kata, timed on the grader's side, and what they should say. */
final class PageReads {

    static final String SEE_THE_LOG = "read the kata's log under target/lab/logs/ for the exception";

    /** One page's answer, and how long it took from the grader's request to the last byte. */
    record Timed(BurstAnswer answer, Duration took) {}

    private PageReads() {}

    static String path(long basketId) {
        return "/baskets/" + basketId;
    }

    /** Start reading the page without waiting for it, e.g. while the grader holds a stand-in's calls. */
    static Burst start(KataInstance instance, long basketId, Duration timeout) {
        return new LoadDriver(timeout)
                .burst(
                        1,
                        i -> HttpRequest.newBuilder(instance.baseUri().resolve(path(basketId)))
                                .build());
    }

    /** Read the page, giving up after the timeout. */
    static Timed read(KataInstance instance, long basketId, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        BurstAnswer answer =
                start(instance, basketId, timeout).await(timeout.plusSeconds(5)).getFirst();
        return new Timed(answer, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * What is wrong with the page, compared with the stand-ins' answers to this request's calls; empty when it is
     * right. {@code discounted} says whether the promotions discount is expected, or the page degraded without it.
     */
    static Optional<String> difference(
            String body, BasketData data, Basket basket, BasketServices services, boolean discounted) {
        JsonNode page = HttpAnswers.readOrMissing(body);
        List<String> wrong = new ArrayList<>();
        if (page.path("basketId").asLong(-1) != basket.id()) {
            wrong.add("basketId " + page.path("basketId"));
        }
        Map<String, JsonNode> lines = new HashMap<>();
        page.path("lines").forEach(line -> lines.put(line.path("sku").asString(""), line));
        long subtotal = 0;
        for (Line line : basket.lines()) {
            long unit = BasketPrices.unitCents(data.seed(), line.sku());
            int available = services.lastAvailable(data.seed(), line.sku());
            subtotal += unit * line.quantity();
            JsonNode actual = lines.get(line.sku());
            if (actual == null) {
                wrong.add(line.sku() + " missing");
            } else if (actual.path("quantity").asInt(-1) != line.quantity()
                    || actual.path("unitCents").asLong(-1) != unit
                    || actual.path("available").asInt(-1) != available) {
                wrong.add(line.sku() + ": " + actual + ", expected quantity " + line.quantity() + ", unitCents " + unit
                        + ", available " + available + " (inventory's answer to this page's call)");
            }
        }
        if (lines.size() != basket.lines().size()) {
            wrong.add(lines.size() + " lines, expected " + basket.lines().size());
        }
        long discount = discounted ? BasketPrices.discountCents(data.seed(), basket.id()) : 0;
        if (page.path("discountCents").asLong(-1) != discount) {
            wrong.add("discountCents " + page.path("discountCents") + ", expected " + discount);
        }
        long total = Math.max(0, subtotal - discount);
        if (page.path("totalCents").asLong(-1) != total) {
            wrong.add("totalCents " + page.path("totalCents") + ", expected " + total);
        }
        List<String> degraded = new ArrayList<>();
        page.path("degraded").forEach(part -> degraded.add(part.asString("")));
        List<String> expectedDegraded = discounted ? List.of() : List.of("promotions");
        if (!degraded.equals(expectedDegraded)) {
            wrong.add("degraded " + page.path("degraded") + ", expected " + expectedDegraded);
        }
        return wrong.isEmpty()
                ? Optional.empty()
                : Optional.of(Text.quote(String.join("; ", wrong.subList(0, Math.min(4, wrong.size()))), 600));
    }

    static String describe(BurstAnswer answer) {
        return answer.answered()
                ? "HTTP " + answer.status() + " " + Text.quote(answer.body(), 300)
                : "no answer (" + answer.failure() + ")";
    }
}
