package lab.grader.model;

import java.util.List;

/**
 * Something a kata needs besides PostgreSQL and Redis, started by the engine before the kata's JVMs and closed after
 * them, even when the kata crashes: a stub downstream service, a token issuer, a second Redis. Checks reach it with
 * {@link KataRun#fixture(Class)}. A new kind of fixture is a class that implements this; the engine needs no change.
 */
public interface KataFixture extends AutoCloseable {

    /**
     * Return the command-line arguments that tell each kata JVM where this fixture is, e.g.
     * {@code --lab.downstream.prices.url=http://127.0.0.1:40123}.
     */
    List<String> kataArguments();

    /** Stop the fixture; called once, after the kata's processes have stopped. */
    @Override
    void close();

    /** Start one fixture for a kata about to be graded. */
    @FunctionalInterface
    interface Factory {
        KataFixture start(FixtureContext context) throws Exception;
    }
}
