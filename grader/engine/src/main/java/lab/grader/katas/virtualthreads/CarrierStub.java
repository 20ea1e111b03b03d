package lab.grader.katas.virtualthreads;

import java.time.Duration;
import lab.grader.fixtures.StubDownstream;
import lab.grader.fixtures.StubRoute;
import lab.grader.model.KataFixture;

/**
 * Start the stand-in for the carrier's rate API: {@code GET /rates/{carrier}/{zone}/{grams}} answers the run's price
 * after a short latency. The kata finds it as {@code lab.downstream.carrier.url}; the burst checks hold its calls at
 * the gate instead of relying on the latency.
 */
final class CarrierStub {

    static final Duration LATENCY = Duration.ofMillis(50);

    private CarrierStub() {}

    static KataFixture.Factory factory() {
        return context -> {
            StubDownstream stub =
                    (StubDownstream) StubDownstream.fixture("carrier").start(context);
            long seed = context.seed();
            stub.route(
                    "/rates/",
                    StubRoute.json(key ->
                                    CarrierRates.json(seed, key).orElse("{\"error\":\"no such rate: " + key + "\"}"))
                            .latency(LATENCY));
            return stub;
        };
    }
}
