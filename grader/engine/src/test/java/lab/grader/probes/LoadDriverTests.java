package lab.grader.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import lab.grader.fixtures.StubDownstream;
import org.junit.jupiter.api.Test;

class LoadDriverTests {

    @Test
    void every_request_reaches_the_stub_and_failures_are_counted() throws InterruptedException {
        try (StubDownstream stub =
                StubDownstream.start().latency(Duration.ofMillis(20)).failEvery(5)) {
            LoadResult result =
                    new LoadDriver(Duration.ofSeconds(10)).run(40, 4, i -> URI.create(stub.url() + "/items/" + i));

            assertThat(result.requests()).as("requests recorded").isEqualTo(40);
            assertThat(stub.calls()).as("calls the stub served").isEqualTo(40);
            assertThat(result.errors()).as("every fifth call fails with 503").isEqualTo(8);
            assertThat(stub.maxConcurrentCalls())
                    .as("callers at once, never more than the driver's 4")
                    .isBetween(1, 4);
        }
    }

    @Test
    void latency_percentiles_include_the_simulated_wait() throws InterruptedException {
        try (StubDownstream stub = StubDownstream.start().latency(Duration.ofMillis(30))) {
            LoadResult result = new LoadDriver(Duration.ofSeconds(10)).run(10, 2, i -> URI.create(stub.url()));

            assertThat(result.p50Millis())
                    .as("median latency in ms, at least the stub's 30 ms wait")
                    .isGreaterThanOrEqualTo(30.0);
            assertThat(result.maxMillis()).as("max >= p99 >= p50").isGreaterThanOrEqualTo(result.p99Millis());
            assertThat(result.metrics()).as("metrics for the report").containsKeys("p50Ms", "p95Ms", "p99Ms");
        }
    }

    @Test
    void counts_reset_between_measurements() throws InterruptedException {
        try (StubDownstream stub = StubDownstream.start()) {
            new LoadDriver(Duration.ofSeconds(10)).run(3, 1, i -> URI.create(stub.url()));
            stub.resetCounts();

            assertThat(stub.calls()).as("calls after reset").isZero();
            assertThat(stub.maxConcurrentCalls())
                    .as("max concurrent after reset")
                    .isZero();
        }
    }
}
