package lab.grader.services;

/**
 * Take the run's Redis away and bring it back, for checks of how a kata copes with a cache outage. Only modes
 * that own their Redis offer it; an external Redis is never stopped.
 */
public interface RedisControl {

    /** Make Redis unreachable: stopped (embedded) or frozen (docker), until {@link #restore()}. */
    void makeUnavailable();

    void restore();
}
