package lab.grader.probes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hold what a PostgreSQL server was sent by the kata, as the grader's wire proxy read it off the client's byte stream:
 * what the server saw, whichever connection or driver object the kata used.
 *
 * @param connections connections opened (a cancel request counts under cancels, not here)
 * @param roundTrips exchanges the client waited on: a Sync ends an extended-protocol exchange, a simple Query and a
 *     FunctionCall are one each
 * @param simpleQueries simple-protocol Query messages (pgjdbc sends COPY and some driver statements this way)
 * @param parses Parse messages
 * @param binds Bind messages
 * @param executions Execute messages: one per statement run in the extended protocol, batched or not
 * @param copyData CopyData messages the client sent (the rows of a COPY ... FROM STDIN)
 * @param copies COPY ... FROM STDIN exchanges, each ended by a CopyDone or CopyFail: a round trip each, which the probe
 *     does not see when the COPY runs on the unwrapped driver connection
 * @param cancels cancel requests
 */
public record WireCounts(
        long connections,
        long roundTrips,
        long simpleQueries,
        long parses,
        long binds,
        long executions,
        long copyData,
        long copies,
        long cancels) {

    public static final WireCounts NONE = new WireCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Return what happened since {@code earlier}. */
    public WireCounts minus(WireCounts earlier) {
        return new WireCounts(
                connections - earlier.connections,
                roundTrips - earlier.roundTrips,
                simpleQueries - earlier.simpleQueries,
                parses - earlier.parses,
                binds - earlier.binds,
                executions - earlier.executions,
                copyData - earlier.copyData,
                copies - earlier.copies,
                cancels - earlier.cancels);
    }

    public WireCounts plus(WireCounts other) {
        return new WireCounts(
                connections + other.connections,
                roundTrips + other.roundTrips,
                simpleQueries + other.simpleQueries,
                parses + other.parses,
                binds + other.binds,
                executions + other.executions,
                copyData + other.copyData,
                copies + other.copies,
                cancels + other.cancels);
    }

    /** Statements the server was asked to run: every Execute and every simple Query. */
    public long statements() {
        return executions + simpleQueries;
    }

    /** Return the figures as report metrics, each name after the prefix, e.g. {@code serverRoundTrips}. */
    public Map<String, Object> metrics(String prefix) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put(prefix + "RoundTrips", roundTrips);
        metrics.put(prefix + "Statements", statements());
        metrics.put(prefix + "CopyData", copyData);
        metrics.put(prefix + "Copies", copies);
        metrics.put(prefix + "Connections", connections);
        return metrics;
    }
}
