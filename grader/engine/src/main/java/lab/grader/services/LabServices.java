package lab.grader.services;

/**
 * Give the grader one PostgreSQL and one Redis for the whole run; katas get databases of their own on them.
 */
public interface LabServices extends AutoCloseable {

    ServiceMode mode();

    /** Explain why this mode was chosen, for the console and the report. */
    String reason();

    PostgresEndpoint postgres();

    RedisEndpoint redis();

    /** Release what this run started; external services are left running. */
    @Override
    void close();
}
