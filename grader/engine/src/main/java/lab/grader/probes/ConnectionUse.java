package lab.grader.probes;

import java.time.Duration;
import java.util.Properties;

/**
 * How one kata process used its database connections since the last reset, counted inside it at the data source.
 *
 * @param acquired connections handed out
 * @param active connections held now
 * @param pending callers waiting for a connection now
 * @param peakActive the most held at once
 * @param peakPending the most callers waiting at once
 * @param holds how many holds ended (a connection closed) and were timed
 * @param holdP50 the median time a connection was held, {@code getConnection} to {@code close}
 * @param holdP95 the 95th percentile of it
 * @param holdMax the longest hold
 */
public record ConnectionUse(
        long acquired,
        int active,
        int pending,
        int peakActive,
        int peakPending,
        long holds,
        Duration holdP50,
        Duration holdP95,
        Duration holdMax) {

    static ConnectionUse parse(Properties p) {
        return new ConnectionUse(
                Long.parseLong(p.getProperty("acquired", "0")),
                Integer.parseInt(p.getProperty("active", "0")),
                Integer.parseInt(p.getProperty("pending", "0")),
                Integer.parseInt(p.getProperty("peakActive", "0")),
                Integer.parseInt(p.getProperty("peakPending", "0")),
                Long.parseLong(p.getProperty("held.count", "0")),
                micros(p, "held.p50Micros"),
                micros(p, "held.p95Micros"),
                micros(p, "held.maxMicros"));
    }

    private static Duration micros(Properties p, String name) {
        return Duration.ofNanos(1_000 * Long.parseLong(p.getProperty(name, "0")));
    }

    @Override
    public String toString() {
        return acquired + " connections acquired, held for p50 " + holdP50.toMillis() + " ms, p95 "
                + holdP95.toMillis() + " ms, max " + holdMax.toMillis() + " ms; at most " + peakActive
                + " held and " + peakPending + " waiting at once; " + active + " held now";
    }
}
