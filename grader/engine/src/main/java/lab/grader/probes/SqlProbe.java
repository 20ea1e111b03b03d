package lab.grader.probes;

import java.io.UncheckedIOException;
import java.util.Properties;

/** Ask the probe inside one kata process what SQL work it counted, and reset the counters. */
public final class SqlProbe {

    private final ProbeConnection probe;

    public SqlProbe(int probePort) {
        this.probe = new ProbeConnection(probePort);
    }

    public SqlSnapshot snapshot() {
        return SqlSnapshot.parse(probe.get("/sql"));
    }

    /** Tell whether the probe still answers: it stops when its kata process is going down. */
    public boolean answers() {
        try {
            probe.get("/sql");
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    public void reset() {
        probe.get("/sql/reset");
    }

    /** How the kata held its connections since the last {@link #resetConnections()}. */
    public ConnectionUse connections() {
        return ConnectionUse.parse(probe.properties("/connections"));
    }

    /** Count connection use afresh: peaks from what is held now, and no holds timed yet. */
    public void resetConnections() {
        probe.get("/connections/reset");
    }

    public PoolState pool() {
        Properties p = probe.properties("/pool");
        return new PoolState(
                p.getProperty("pool", "none"),
                number(p, "maximumPoolSize"),
                number(p, "total"),
                number(p, "active"),
                number(p, "idle"),
                number(p, "waiting"));
    }

    private static int number(Properties p, String name) {
        return Integer.parseInt(p.getProperty(name, "0"));
    }
}
