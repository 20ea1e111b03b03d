package lab.grader.services;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** Start PostgreSQL 17 and Redis from binaries in Maven artifacts: no Docker, no installation. */
final class EmbeddedServices implements RedisOwner {

    private final EmbeddedPostgres postgres;
    private final EmbeddedRedis redis;
    private final String reason;

    private EmbeddedServices(EmbeddedPostgres postgres, EmbeddedRedis redis, String reason) {
        this.postgres = postgres;
        this.redis = redis;
        this.reason = reason;
    }

    static EmbeddedServices start(String reason) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            for (Map.Entry<String, String> setting :
                    PostgresServerSettings.deterministic().entrySet()) {
                builder.setServerConfig(setting.getKey(), setting.getValue());
            }
            EmbeddedRedis redis = EmbeddedRedis.start();
            try {
                return new EmbeddedServices(builder.start(), redis, reason);
            } catch (IOException | RuntimeException e) {
                redis.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The embedded PostgreSQL or Redis did not start: " + e.getMessage()
                            + ". Try -Dlab.services=docker, or external mode with LAB_POSTGRES_URL and LAB_REDIS_URL.",
                    e);
        }
    }

    @Override
    public ServiceMode mode() {
        return ServiceMode.EMBEDDED;
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    public PostgresEndpoint postgres() {
        return new PostgresEndpoint("localhost", postgres.getPort(), "postgres", "", "postgres");
    }

    @Override
    public OwnedRedis ownedRedis() {
        return redis;
    }

    @Override
    public Optional<LabServices> withAnotherRedis() {
        try {
            return Optional.of(new SlotServices(this, EmbeddedRedis.start()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Another embedded Redis, for a grading slot, did not start: " + e.getMessage()
                            + ". Grade one kata at a time with -Dlab.parallel=1.",
                    e);
        }
    }

    @Override
    public void close() {
        redis.close();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
