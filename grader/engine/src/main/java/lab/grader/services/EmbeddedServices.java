package lab.grader.services;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import redis.embedded.RedisServer;

/** Start PostgreSQL 17 and Redis from binaries in Maven artifacts: no Docker, no installation. */
final class EmbeddedServices implements LabServices {

    private final EmbeddedPostgres postgres;
    private final RedisServer redis;
    private final int redisPort;
    private final String reason;

    private EmbeddedServices(EmbeddedPostgres postgres, RedisServer redis, int redisPort, String reason) {
        this.postgres = postgres;
        this.redis = redis;
        this.redisPort = redisPort;
        this.reason = reason;
    }

    static EmbeddedServices start(String reason) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            for (Map.Entry<String, String> setting :
                    PostgresServerSettings.deterministic().entrySet()) {
                builder.setServerConfig(setting.getKey(), setting.getValue());
            }
            int redisPort = freePort();
            RedisServer redis = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(redisPort)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            redis.start();
            try {
                return new EmbeddedServices(builder.start(), redis, redisPort, reason);
            } catch (IOException | RuntimeException e) {
                redis.stop();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The embedded PostgreSQL or Redis did not start: " + e.getMessage()
                            + ". Try -Dlab.services=docker, or external mode with LAB_POSTGRES_URL and LAB_REDIS_URL.",
                    e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
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
    public RedisEndpoint redis() {
        return new RedisEndpoint("127.0.0.1", redisPort, 0, "");
    }

    @Override
    public Optional<RedisControl> redisControl() {
        return Optional.of(new RedisControl() {
            @Override
            public void makeUnavailable() {
                try {
                    redis.stop();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void restore() {
                try {
                    redis.start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    @Override
    public void close() {
        try {
            redis.stop();
        } catch (IOException e) {
            // The process is ours and goes with the JVM anyway; closing PostgreSQL matters more.
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
