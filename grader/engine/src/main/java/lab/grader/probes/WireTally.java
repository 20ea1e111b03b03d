package lab.grader.probes;

import java.util.concurrent.atomic.LongAdder;

/** Count PostgreSQL client messages as they pass, from any thread; {@link #counts()} reads them. */
final class WireTally {

    private final LongAdder connections = new LongAdder();
    private final LongAdder roundTrips = new LongAdder();
    private final LongAdder simpleQueries = new LongAdder();
    private final LongAdder parses = new LongAdder();
    private final LongAdder binds = new LongAdder();
    private final LongAdder executions = new LongAdder();
    private final LongAdder copyData = new LongAdder();
    private final LongAdder copies = new LongAdder();
    private final LongAdder cancels = new LongAdder();

    void startup() {
        connections.increment();
    }

    void cancel() {
        cancels.increment();
    }

    /** Count one typed message of the v3 protocol by its type byte. */
    void message(char type) {
        switch (type) {
            case 'S', 'F' -> roundTrips.increment();
            case 'Q' -> {
                simpleQueries.increment();
                roundTrips.increment();
            }
            case 'P' -> parses.increment();
            case 'B' -> binds.increment();
            case 'E' -> executions.increment();
            case 'd' -> copyData.increment();
            case 'c', 'f' -> copies.increment();
            default -> {
                // Describe, Close, Flush, password and SASL answers, Terminate: no work of their
                // own.
            }
        }
    }

    WireCounts counts() {
        return new WireCounts(
                connections.sum(),
                roundTrips.sum(),
                simpleQueries.sum(),
                parses.sum(),
                binds.sum(),
                executions.sum(),
                copyData.sum(),
                copies.sum(),
                cancels.sum());
    }
}
