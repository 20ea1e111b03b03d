package lab.grader.probes;

/**
 * Ask the probe inside one kata process about its platform threads: a check resets the peak before a burst and reads
 * how far the burst raised it, which tells a request per platform thread from requests on virtual threads.
 */
public final class ThreadProbe {

    private final ProbeConnection probe;

    public ThreadProbe(int probePort) {
        this.probe = new ProbeConnection(probePort);
    }

    public PlatformThreads read() {
        return PlatformThreads.parse(probe.properties("/threads"));
    }

    /** Start the peak again from the threads alive now, and return them. */
    public PlatformThreads reset() {
        return PlatformThreads.parse(probe.properties("/threads/reset"));
    }
}
