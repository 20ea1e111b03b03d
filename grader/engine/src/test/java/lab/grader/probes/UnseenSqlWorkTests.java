package lab.grader.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class UnseenSqlWorkTests {

    private static SqlSnapshot probeSaw(long roundTrips, long batchedStatements, long commits) {
        return new SqlSnapshot(
                Map.of("insert", batchedStatements),
                roundTrips,
                batchedStatements > 0 ? roundTrips : 0,
                batchedStatements,
                0,
                0,
                commits,
                0,
                Map.of(),
                Map.of());
    }

    private static WireCounts serverSaw(long roundTrips) {
        return new WireCounts(0, roundTrips, 0, 0, 0, roundTrips, 0, 0, 0);
    }

    @Test
    void the_server_may_see_commits_batch_syncs_and_a_fixed_allowance_beyond_the_probe() {
        SqlSnapshot probe = probeSaw(30, 3_000, 1);

        assertThat(UnseenSqlWork.allowed(probe))
                .as("30 round trips, 3000 batched statements (24 syncs at 1 per 128), 1 commit, plus 25")
                .isEqualTo(30 + 24 + 1 + 25);
        assertThat(UnseenSqlWork.between(probe, serverSaw(80)))
                .as("80 round trips at the server")
                .isEmpty();
    }

    @Test
    void per_row_statements_on_a_connection_the_probe_does_not_see_are_named_in_four_parts() {
        UnseenSqlWork unseen =
                UnseenSqlWork.between(probeSaw(2, 0, 0), serverSaw(3_002)).orElseThrow();

        assertThat(unseen.actual())
                .as("what the server and the probe saw")
                .startsWith("the server saw 3002 round trips, the probe only 2 (");
        assertThat(unseen.expected())
                .as("the allowance")
                .startsWith("at most 27 round trips at the server besides COPY for the 2 the probe saw");
        assertThat(unseen.cause())
                .as("the likely cause")
                .contains("a connection the probe does not see (unwrap(...) or DriverManager)");
        assertThat(unseen.next()).as("the next step").contains("DataSource");
    }

    @Test
    void copy_exchanges_on_the_unwrapped_connection_are_not_unseen_work() {
        WireCounts copies = new WireCounts(0, 48, 48, 0, 0, 0, 1_350, 45, 0);

        assertThat(UnseenSqlWork.between(probeSaw(135, 0, 0), copies.plus(serverSaw(135))))
                .as("135 statements the probe saw and 45 COPYs of 1,000 rows each, plus 3 round trips")
                .isEmpty();
    }

    @Test
    void a_meter_throws_when_the_server_saw_more_than_the_probes_and_keeps_both_figures() {
        AtomicReference<WireCounts> server = new AtomicReference<>(serverSaw(10));
        SqlMeter meter = new SqlMeter(List.of(), server::get);

        meter.reset();
        server.set(serverSaw(10 + 500));

        assertThatThrownBy(meter::snapshot)
                .as("a snapshot after 500 round trips the probes did not see")
                .isInstanceOf(UnseenSqlWork.class)
                .hasMessageContaining("the server saw 500 round trips, the probe only 0");
        assertThat(meter.comparisonMetrics())
                .as("the figures of the measurement")
                .containsEntry("serverRoundTrips", 500L)
                .containsEntry("probeRoundTrips", 0L)
                .containsEntry("serverRoundTripsAllowed", 25L);
    }

    @Test
    void a_fresh_meter_for_a_check_has_no_measurements_of_the_checks_before() throws Exception {
        AtomicReference<WireCounts> server = new AtomicReference<>(serverSaw(0));
        SqlMeter meter = new SqlMeter(List.of(), server::get);
        meter.measure(() -> server.set(serverSaw(3)));

        assertThat(meter.measurements()).as("measurements of the meter").hasSize(1);
        assertThat(meter.fresh().comparisonMetrics())
                .as("metrics of a fresh meter")
                .isEmpty();
    }
}
