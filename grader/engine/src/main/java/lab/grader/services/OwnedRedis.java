package lab.grader.services;

/**
 * A Redis server that this run started and stops: the run's own in embedded and docker mode, and one more for each
 * further grading slot, since Redis counts commands server-wide.
 */
interface OwnedRedis extends AutoCloseable {

    RedisEndpoint endpoint();

    RedisControl control();

    @Override
    void close();
}
