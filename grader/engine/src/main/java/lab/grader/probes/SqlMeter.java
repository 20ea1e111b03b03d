package lab.grader.probes;

import java.util.List;

/** Measure the SQL work of every instance of a kata around an action, as one service. */
public final class SqlMeter {

    private final List<SqlProbe> probes;

    public SqlMeter(List<SqlProbe> probes) {
        this.probes = List.copyOf(probes);
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
        probes.forEach(SqlProbe::reset);
    }

    /** The SQL work of all instances since the last {@link #reset()}, added up. */
    public SqlSnapshot snapshot() {
        return probes.stream().map(SqlProbe::snapshot).reduce(SqlSnapshot.EMPTY, SqlSnapshot::plus);
    }
}
