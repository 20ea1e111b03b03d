package lab.grader.probes;

import java.time.Duration;

/**
 * Ask the probe inside one kata process how many HTTP requests it received and holds: the way a check knows that a
 * burst is inside the kata, waiting on its first load, before it lets that load answer.
 */
public final class RequestProbe {

    private static final Duration POLL = Duration.ofMillis(10);

    private final ProbeConnection probe;

    public RequestProbe(int probePort) {
        this.probe = new ProbeConnection(probePort);
    }

    public RequestCounts counts() {
        return RequestCounts.parse(probe.properties("/requests"));
    }

    public void reset() {
        probe.get("/requests/reset");
    }

    /**
     * Wait until the kata has received at least {@code requests} requests since the last reset, answered or not: a
     * kata that turns requests away at once gets there as surely as one that holds them. Return the counts as they
     * stood at the end.
     */
    public RequestCounts awaitReceived(int requests, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        RequestCounts counts = counts();
        while (counts.received() < requests && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            counts = counts();
        }
        return counts;
    }
}
