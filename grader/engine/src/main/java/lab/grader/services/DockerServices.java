package lab.grader.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Start PostgreSQL and Redis containers with Testcontainers, once per run, from images the engine already holds
 * (the provisioner made sure). The grader stops them itself at the end, so Testcontainers' Ryuk reaper is off
 * (decision 0011).
 */
final class DockerServices implements RedisOwner {

    private final PostgreSQLContainer postgres;
    private final DockerRedis redis;
    private final DockerImages images;
    private final String reason;

    private DockerServices(PostgreSQLContainer postgres, DockerRedis redis, DockerImages images, String reason) {
        this.postgres = postgres;
        this.redis = redis;
        this.images = images;
        this.reason = reason;
    }

    static DockerServices start(DockerImages images, String reason) {
        PostgreSQLContainer postgres = postgresContainer(images);
        GenericContainer<?> redis = DockerRedis.container(images);
        try {
            Startables.deepStart(postgres, redis).join();
        } catch (RuntimeException e) {
            postgres.stop();
            redis.stop();
            throw new IllegalStateException(
                    "Docker answered, but the service containers did not start ("
                            + e.getMessage() + "). Check that the images " + images.postgres() + " and "
                            + images.redis()
                            + " run (docker run --rm " + images.redis() + "), or set -D"
                            + DockerImages.POSTGRES_IMAGE_PROPERTY + "=... and -D" + DockerImages.REDIS_IMAGE_PROPERTY
                            + "=... to others; or use -Dlab.services=embedded.",
                    e);
        }
        return new DockerServices(postgres, new DockerRedis(redis), images, reason);
    }

    static PostgreSQLContainer postgresContainer(DockerImages images) {
        List<String> command = new ArrayList<>(List.of("postgres"));
        for (Map.Entry<String, String> setting :
                PostgresServerSettings.deterministic().entrySet()) {
            command.add("-c");
            command.add(setting.getKey() + "=" + setting.getValue());
        }
        return new PostgreSQLContainer(images.postgres())
                .withDatabaseName("lab")
                .withUsername("lab")
                .withPassword("lab")
                .withCommand(command.toArray(String[]::new));
    }

    @Override
    public ServiceMode mode() {
        return ServiceMode.DOCKER;
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    public PostgresEndpoint postgres() {
        return new PostgresEndpoint(
                postgres.getHost(),
                postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                postgres.getUsername(),
                postgres.getPassword(),
                postgres.getDatabaseName());
    }

    @Override
    public OwnedRedis ownedRedis() {
        return redis;
    }

    @Override
    public Optional<LabServices> withAnotherRedis() {
        return Optional.of(new SlotServices(this, DockerRedis.start(images)));
    }

    @Override
    public void close() {
        redis.close();
        postgres.stop();
    }
}
