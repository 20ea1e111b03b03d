package lab.grader.services;

import java.util.Optional;

/**
 * Give the grader one PostgreSQL and one Redis for the whole run; katas get databases of their own on them.
 */
public interface LabServices extends AutoCloseable {

    ServiceMode mode();

    /** Explain why this mode was chosen, for the console and the report. */
    String reason();

    PostgresEndpoint postgres();

    RedisEndpoint redis();

    /** Stop and restart Redis mid-check, where this mode owns it. */
    default Optional<RedisControl> redisControl() {
        return Optional.empty();
    }

    /**
     * The same services with a Redis server of their own, for one more kata graded at the same time (Redis counts
     * commands server-wide); empty where this mode cannot start one (an external Redis is the only one).
     */
    default Optional<LabServices> withAnotherRedis() {
        return Optional.empty();
    }

    /** Release what this run started; external services are left running. */
    @Override
    void close();
}
