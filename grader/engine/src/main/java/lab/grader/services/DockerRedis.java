package lab.grader.services;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** A Redis container, with nothing written to disk. */
final class DockerRedis implements OwnedRedis {

    static final int PORT = 6379;

    private final GenericContainer<?> container;

    DockerRedis(GenericContainer<?> container) {
        this.container = container;
    }

    /** A container not started yet, so that the run's PostgreSQL and Redis can start together. */
    static GenericContainer<?> container(DockerImages images) {
        return new GenericContainer<>(images.redis())
                .withExposedPorts(PORT)
                .withCommand("redis-server", "--save", "", "--appendonly", "no")
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1));
    }

    static DockerRedis start(DockerImages images) {
        GenericContainer<?> container = container(images);
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw e;
        }
        return new DockerRedis(container);
    }

    @Override
    public RedisEndpoint endpoint() {
        return new RedisEndpoint(container.getHost(), container.getMappedPort(PORT), 0, "");
    }

    // Paused rather than stopped: a restarted container may come back on another host port.
    @Override
    public RedisControl control() {
        return new RedisControl() {
            @Override
            public void makeUnavailable() {
                container
                        .getDockerClient()
                        .pauseContainerCmd(container.getContainerId())
                        .exec();
            }

            @Override
            public void restore() {
                container
                        .getDockerClient()
                        .unpauseContainerCmd(container.getContainerId())
                        .exec();
            }
        };
    }

    @Override
    public void close() {
        container.stop();
    }
}
