package lab.grader.services;

import java.util.Optional;

/**
 * The run's services as one grading slot sees them: the run's PostgreSQL (each kata has a database of its own) and a
 * Redis of the slot's own, whose server-wide counters then count this slot's kata only.
 */
final class SlotServices implements RedisOwner {

    private final LabServices run;
    private final OwnedRedis redis;

    SlotServices(LabServices run, OwnedRedis redis) {
        this.run = run;
        this.redis = redis;
    }

    @Override
    public ServiceMode mode() {
        return run.mode();
    }

    @Override
    public String reason() {
        return run.reason();
    }

    @Override
    public PostgresEndpoint postgres() {
        return run.postgres();
    }

    @Override
    public OwnedRedis ownedRedis() {
        return redis;
    }

    @Override
    public Optional<LabServices> withAnotherRedis() {
        return run.withAnotherRedis();
    }

    /** Stop the slot's Redis only: the run's services outlive their slots. */
    @Override
    public void close() {
        redis.close();
    }
}
