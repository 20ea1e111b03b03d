package lab.grader.katas.boundedfanout;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lab.grader.fixtures.StubDownstream;
import lab.grader.fixtures.StubRoute;
import lab.grader.model.KataFixture;
import lab.grader.model.KataRun;

/**
 * The three stand-ins behind the basket page, each a stub of its own (its own gate and counts): pricing
 * ({@code GET /prices/{sku,...}}), promotions ({@code GET /promotions/{basketId}}) and inventory
 * ({@code GET /stock/{sku}}, whose answer changes with every call). Answers follow the run's seed.
 */
record BasketServices(StubDownstream pricing, StubDownstream promotions, StubDownstream inventory) {

    static final Duration LATENCY = Duration.ofMillis(20);

    static BasketServices of(KataRun kata) {
        Map<String, StubDownstream> byName = kata.fixtures(StubDownstream.class).stream()
                .collect(Collectors.toMap(StubDownstream::name, stub -> stub));
        return new BasketServices(byName.get("pricing"), byName.get("promotions"), byName.get("inventory"));
    }

    static List<KataFixture.Factory> factories() {
        return List.of(
                context -> answering(
                        (StubDownstream) StubDownstream.fixture("pricing").start(context), context.seed()),
                context -> answering(
                        (StubDownstream) StubDownstream.fixture("promotions").start(context), context.seed()),
                context -> answering(
                        (StubDownstream) StubDownstream.fixture("inventory").start(context), context.seed()));
    }

    /** Every stand-in answers after this latency from now on, as it normally does (not failing). */
    void answerAfter(long seed, Duration latency) {
        for (StubDownstream stub : List.of(pricing, promotions, inventory)) {
            stub.route(prefix(stub), route(stub, seed).latency(latency));
        }
    }

    /** Pricing answers 503 to every call from now on, until {@link #answerAfter(long, Duration)}. */
    void pricingFails() {
        pricing.route(
                prefix(pricing),
                new StubRoute(
                        Duration.ZERO,
                        503,
                        Map.of("Content-Type", "application/json"),
                        key -> "{\"error\":\"pricing is down\"}"));
    }

    void resetCounts() {
        pricing.resetCounts();
        promotions.resetCounts();
        inventory.resetCounts();
    }

    /** The stock inventory gave for this SKU at its latest call (the n-th since the counts were reset). */
    int lastAvailable(long seed, String sku) {
        return BasketPrices.available(seed, sku, inventory.calls(StockPath.of(sku)));
    }

    private static StubDownstream answering(StubDownstream stub, long seed) {
        stub.route(prefix(stub), route(stub, seed).latency(LATENCY));
        return stub;
    }

    private static String prefix(StubDownstream stub) {
        return switch (stub.name()) {
            case "pricing" -> "/prices/";
            case "promotions" -> "/promotions/";
            default -> StockPath.PREFIX;
        };
    }

    private static StubRoute route(StubDownstream stub, long seed) {
        return switch (stub.name()) {
            case "pricing" -> StubRoute.json(key -> BasketPrices.pricesJson(seed, key));
            case "promotions" -> StubRoute.json(key -> BasketPrices.discountJson(seed, key));
            default -> StubRoute.json(key -> BasketPrices.stockJson(seed, key, stub.calls(StockPath.of(key))));
        };
    }
}
