package lab.grader.probes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measure the SQL work of every instance of a kata around an action, as one service: what the probes inside the kata
 * counted and, where the grader's wire proxy stands in front of the server, what the server was sent. When the server
 * was sent clearly more than the probes saw, {@link #snapshot()} throws {@link UnseenSqlWork}, so every counting check
 * fails instead of passing on numbers that leave work out.
 */
public final class SqlMeter {

    // Asked for at each use: an instance restarted by a check has a probe of its own.
    private final Supplier<List<SqlProbe>> probes;
    private final Supplier<WireCounts> server;
    private final List<Measurement> measurements = new ArrayList<>();
    private WireCounts serverAtReset = WireCounts.NONE;

    /** One measured action: what the probes saw and what the server was sent. */
    public record Measurement(SqlSnapshot probe, WireCounts server) {}

    /** Measure with the probes alone: nothing to compare them with. */
    public SqlMeter(List<SqlProbe> probes) {
        this(probes, null);
    }

    /** Measure with the probes and compare with the server's counts, e.g. {@link PostgresWireProxy#counts()}. */
    public SqlMeter(List<SqlProbe> probes, Supplier<WireCounts> server) {
        this(supplier(List.copyOf(probes)), server);
    }

    /** Measure with the probes of the instances as they are at each use, and compare with the server's counts. */
    public SqlMeter(Supplier<List<SqlProbe>> probes, Supplier<WireCounts> server) {
        this.probes = probes;
        this.server = server;
    }

    private static Supplier<List<SqlProbe>> supplier(List<SqlProbe> probes) {
        return () -> probes;
    }

    /** The same meter with no measurements yet, for one check. */
    public SqlMeter fresh() {
        return new SqlMeter(probes, server);
    }

    /** An action against the kata whose SQL work is measured. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    public SqlSnapshot measure(Action action) throws Exception {
        reset();
        action.run();
        return snapshot();
    }

    /** Zero every instance's counters: what {@link #snapshot()} returns next counts from here. */
    public void reset() {
        probes.get().forEach(SqlProbe::reset);
        serverAtReset = server == null ? WireCounts.NONE : server.get();
    }

    /**
     * The SQL work of all instances since the last {@link #reset()}, added up.
     *
     * @throws UnseenSqlWork when the server was sent clearly more round trips than the probes saw
     */
    public SqlSnapshot snapshot() {
        SqlSnapshot probe = probes.get().stream().map(SqlProbe::snapshot).reduce(SqlSnapshot.EMPTY, SqlSnapshot::plus);
        if (server == null) {
            return probe;
        }
        WireCounts sent = server.get().minus(serverAtReset);
        synchronized (measurements) {
            measurements.add(new Measurement(probe, sent));
        }
        UnseenSqlWork.between(probe, sent).ifPresent(unseen -> {
            throw unseen;
        });
        return probe;
    }

    /** Every measurement of this meter so far. */
    public List<Measurement> measurements() {
        synchronized (measurements) {
            return List.copyOf(measurements);
        }
    }

    /**
     * The server's and the probes' figures over all measurements so far, as report metrics; empty when nothing was
     * measured or there is no server view.
     */
    public Map<String, Object> comparisonMetrics() {
        List<Measurement> all = measurements();
        Map<String, Object> metrics = new LinkedHashMap<>();
        if (all.isEmpty()) {
            return metrics;
        }
        WireCounts sent = all.stream().map(Measurement::server).reduce(WireCounts.NONE, WireCounts::plus);
        SqlSnapshot seen = all.stream().map(Measurement::probe).reduce(SqlSnapshot.EMPTY, SqlSnapshot::plus);
        metrics.putAll(sent.metrics("server"));
        metrics.put("probeRoundTrips", seen.roundTrips());
        metrics.put("probeStatements", seen.statements());
        metrics.put(
                "serverRoundTripsAllowed",
                all.stream().mapToLong(m -> UnseenSqlWork.allowed(m.probe())).sum());
        return metrics;
    }
}
