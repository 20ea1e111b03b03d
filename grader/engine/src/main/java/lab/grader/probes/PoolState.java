package lab.grader.probes;

/** Show a kata's connection pool as HikariCP sees it, in the words of HikariCP's own messages. */
public record PoolState(String pool, int maximum, int total, int active, int idle, int waiting) {

    @Override
    public String toString() {
        return pool + " (max=" + maximum + ", total=" + total + ", active=" + active + ", idle=" + idle + ", waiting="
                + waiting + ")";
    }
}
