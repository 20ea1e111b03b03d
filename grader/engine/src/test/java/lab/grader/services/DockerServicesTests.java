package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Configure the containers of docker mode; creating the container objects needs no Docker engine. */
class DockerServicesTests {

    private static final DockerImages DEFAULT_IMAGES = DockerImages.from(new Properties());

    @Test
    void default_images_have_exact_tags() {
        assertThat(DEFAULT_IMAGES.postgres().asCanonicalNameString())
                .as("PostgreSQL image")
                .isEqualTo("postgres:17.6-alpine");
        assertThat(DEFAULT_IMAGES.redis().asCanonicalNameString())
                .as("Redis image")
                .isEqualTo("redis:7.4.5-alpine");
        assertThat(DEFAULT_IMAGES.postgres().getVersionPart())
                .as("PostgreSQL tag, repeatable run to run")
                .isNotEqualTo("latest")
                .matches("\\d+\\.\\d+.*");
        assertThat(DEFAULT_IMAGES.redis().getVersionPart())
                .as("Redis tag, repeatable run to run")
                .isNotEqualTo("latest")
                .matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void image_properties_override_the_defaults() {
        DockerImages images = DockerImages.from(
                overrides("localhost/lab-postgres:15", "mirror.example.com/library/redis:7.4.5-alpine"));

        assertThat(images.postgres().asCanonicalNameString())
                .as("PostgreSQL image")
                .isEqualTo("localhost/lab-postgres:15");
        assertThat(images.redis().asCanonicalNameString())
                .as("Redis image")
                .isEqualTo("mirror.example.com/library/redis:7.4.5-alpine");
    }

    @Test
    void overriding_images_are_compatible_substitutes() {
        DockerImages images = DockerImages.from(overrides("localhost/lab-postgres:15", "localhost/lab-redis:7"));

        assertThat(images.postgres().isCompatibleWith(DockerImageName.parse("postgres")))
                .as("%s declared a substitute for postgres", images.postgres())
                .isTrue();
        assertThat(images.redis().isCompatibleWith(DockerImageName.parse("redis")))
                .as("%s declared a substitute for redis", images.redis())
                .isTrue();
    }

    @Test
    void a_postgres_container_accepts_an_overriding_image() {
        DockerImages images = DockerImages.from(overrides("localhost/lab-postgres:15", "localhost/lab-redis:7"));

        assertThatCode(() -> DockerServices.postgresContainer(images))
                .as("PostgreSQL container on %s (Testcontainers checks compatibility here)", images.postgres())
                .doesNotThrowAnyException();
        assertThatCode(() -> DockerRedis.container(images))
                .as("Redis container on %s", images.redis())
                .doesNotThrowAnyException();
    }

    @Test
    void the_postgres_container_runs_with_the_deterministic_settings() {
        PostgreSQLContainer postgres = DockerServices.postgresContainer(DEFAULT_IMAGES);
        String command = String.join(" ", postgres.getCommandParts());

        assertThat(postgres.getCommandParts()).as("command").startsWith("postgres");
        assertThat(command)
                .as("command line")
                .contains("-c fsync=off")
                .contains("-c autovacuum=off")
                .contains("-c jit=off")
                .contains("-c max_parallel_workers_per_gather=0")
                .contains("-c shared_preload_libraries=pg_stat_statements");
        assertThat(postgres.getDatabaseName()).as("database").isEqualTo("lab");
        assertThat(postgres.getUsername()).as("user").isEqualTo("lab");
    }

    @Test
    void the_redis_container_exposes_6379_and_persists_nothing() {
        GenericContainer<?> redis = DockerRedis.container(DEFAULT_IMAGES);

        assertThat(redis.getExposedPorts()).as("exposed ports").containsExactly(6379);
        assertThat(redis.getCommandParts())
                .as("command")
                .containsExactly("redis-server", "--save", "", "--appendonly", "no");
    }

    private static Properties overrides(String postgres, String redis) {
        Properties properties = new Properties();
        properties.setProperty("lab.postgres.image", postgres);
        properties.setProperty("lab.redis.image", redis);
        return properties;
    }
}
