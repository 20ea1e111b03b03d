package lab.probe;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Count the HTTP requests the kata received and how many it holds at once. A check that holds a downstream call at
 * a gate waits until every request of its burst is inside the kata before it lets the first call go: only then is
 * "one load for the whole burst" an exact count rather than a race.
 */
final class RequestCounters {

    private final LongAdder received = new LongAdder();
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger peakInProgress = new AtomicInteger();

    void started() {
        received.increment();
        int now = inProgress.incrementAndGet();
        peakInProgress.accumulateAndGet(now, Math::max);
    }

    void ended() {
        inProgress.decrementAndGet();
    }

    Properties snapshot() {
        Properties properties = new Properties();
        properties.setProperty("received", received.toString());
        properties.setProperty("inProgress", String.valueOf(inProgress.get()));
        properties.setProperty("peakInProgress", String.valueOf(peakInProgress.get()));
        return properties;
    }

    /** Start counting afresh; requests still in progress stay counted as in progress, and as the new peak. */
    void reset() {
        received.reset();
        peakInProgress.set(inProgress.get());
    }
}
