package lab.grader.katas.cachestampede;

import java.time.Duration;
import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.fixtures.StubRoute;
import lab.grader.model.KataFixture;

/**
 * Start the stand-in for the pricing service: {@code GET /prices/{id}} answers the category's price list after a
 * short latency (version 1 of each list until a check publishes new prices), and 404 for the run's unknown category. The kata finds it as {@code lab.downstream.pricing.url}.
 */
final class PricingStub {

    static final Duration LATENCY = Duration.ofMillis(50);

    private PricingStub() {}

    /** Answer from the run's data from now on, so that the new prices a check publishes are served. */
    static void serve(StubDownstream stub, StampedeData data) {
        stub.route(
                "/prices/",
                StubRoute.json(key -> data.prices(Long.parseLong(key))).latency(LATENCY));
    }

    static KataFixture.Factory factory() {
        return context -> {
            StubDownstream stub =
                    (StubDownstream) StubDownstream.fixture("pricing").start(context);
            long seed = context.seed();
            stub.route(
                    "/prices/",
                    StubRoute.json(key -> PriceLists.json(seed, Long.parseLong(key), 1))
                            .latency(LATENCY));
            stub.route(
                    StampedeData.path(CacheStampedeSeeder.unknownId(seed)),
                    new StubRoute(
                            Duration.ZERO,
                            404,
                            Map.of("Content-Type", "application/problem+json"),
                            key -> "{\"title\":\"Unknown category\",\"status\":404}"));
            return stub;
        };
    }
}
