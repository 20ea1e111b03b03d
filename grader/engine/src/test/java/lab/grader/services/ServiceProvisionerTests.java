package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Provision through the same path as a real run, with the Docker engine's answers and the servers' start faked:
 * what reaches the selector, what is pulled, and what would have started.
 */
class ServiceProvisionerTests {

    private static final Map<String, String> RYUK_OFF = Map.of("TESTCONTAINERS_RYUK_DISABLED", "true");
    private static final List<String> DEFAULT_IMAGES = List.of("postgres:17.6-alpine", "redis:7.4.5-alpine");

    private final RecordingStarter start = new RecordingStarter();

    @Test
    void auto_mode_stays_embedded_when_the_engine_lacks_the_default_images() {
        FakeEngine engine = FakeEngine.holding(Set.of("lab-standin/postgres:15", "lab-standin/redis:7"));

        LabServices services =
                ServiceProvisioner.provision(ServiceMode.AUTO, RYUK_OFF, new Properties(), engine, start);

        assertThat(services.mode()).as("mode chosen").isEqualTo(ServiceMode.EMBEDDED);
        assertThat(services.reason())
                .as("reason on the first [lab] line")
                .contains("a Docker engine answered")
                .contains("postgres:17.6-alpine")
                .contains("redis:7.4.5-alpine")
                .contains("-Dlab.services=docker");
        assertThat(engine.asked).as("images asked about").containsExactly(DEFAULT_IMAGES);
        assertThat(engine.pulled).as("pulls in auto mode").isEmpty();
        assertThat(start.started).as("services started").containsExactly("embedded");
    }

    @Test
    void auto_mode_uses_docker_when_the_engine_holds_both_images() {
        FakeEngine engine = FakeEngine.holding(Set.copyOf(DEFAULT_IMAGES));

        LabServices services =
                ServiceProvisioner.provision(ServiceMode.AUTO, RYUK_OFF, new Properties(), engine, start);

        assertThat(services.mode()).as("mode chosen").isEqualTo(ServiceMode.DOCKER);
        assertThat(start.started).as("services started").containsExactly("docker " + DEFAULT_IMAGES);
        assertThat(engine.pulled).as("pulls").isEmpty();
    }

    @Test
    void auto_mode_asks_about_the_images_the_properties_name() {
        FakeEngine engine = FakeEngine.holding(Set.of("lab-standin/postgres:15", "lab-standin/redis:7"));

        LabServices services = ServiceProvisioner.provision(ServiceMode.AUTO, RYUK_OFF, standInImages(), engine, start);

        assertThat(services.mode()).as("mode chosen").isEqualTo(ServiceMode.DOCKER);
        assertThat(engine.asked)
                .as("images asked about")
                .containsExactly(List.of("lab-standin/postgres:15", "lab-standin/redis:7"));
    }

    @Test
    void auto_mode_without_an_engine_asks_about_no_image() {
        FakeEngine engine = FakeEngine.absent();

        LabServices services =
                ServiceProvisioner.provision(ServiceMode.AUTO, RYUK_OFF, new Properties(), engine, start);

        assertThat(services.reason()).as("reason").startsWith("no Docker engine answered");
        assertThat(engine.asked).as("images asked about").isEmpty();
    }

    @Test
    void auto_mode_falls_back_to_embedded_when_the_containers_do_not_start() {
        FakeEngine engine = FakeEngine.holding(Set.copyOf(DEFAULT_IMAGES));
        start.dockerFails = true;

        LabServices services =
                ServiceProvisioner.provision(ServiceMode.AUTO, RYUK_OFF, new Properties(), engine, start);

        assertThat(services.mode()).as("mode").isEqualTo(ServiceMode.EMBEDDED);
        assertThat(services.reason()).as("reason").contains("fell back to embedded");
    }

    @Test
    void explicit_docker_mode_pulls_what_the_engine_lacks_once_then_starts() {
        FakeEngine engine = FakeEngine.holding(Set.of("redis:7.4.5-alpine"));

        LabServices services =
                ServiceProvisioner.provision(ServiceMode.DOCKER, RYUK_OFF, new Properties(), engine, start);

        assertThat(engine.pulled).as("pulls").containsExactly("postgres:17.6-alpine");
        assertThat(services.mode()).as("mode").isEqualTo(ServiceMode.DOCKER);
    }

    @Test
    void explicit_docker_mode_stops_at_the_first_failed_pull_naming_the_images_and_the_mirror_properties() {
        FakeEngine engine = FakeEngine.holding(Set.of());
        engine.pull = image -> Optional.of("Get \"https://registry-1.docker.io/v2/\": no such host");

        assertThatThrownBy(() ->
                        ServiceProvisioner.provision(ServiceMode.DOCKER, RYUK_OFF, new Properties(), engine, start))
                .as("docker mode where no registry answers")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not hold postgres:17.6-alpine and redis:7.4.5-alpine")
                .hasMessageContaining("no such host")
                .hasMessageContaining("docker pull postgres:17.6-alpine; docker pull redis:7.4.5-alpine")
                .hasMessageContaining("-Dlab.postgres.image=<mirror>/postgres:17.6-alpine")
                .hasMessageContaining("-Dlab.redis.image=<mirror>/redis:7.4.5-alpine")
                .hasMessageContaining("-Dlab.services=embedded");
        assertThat(engine.pulled).as("pulls tried").containsExactly("postgres:17.6-alpine");
        assertThat(start.started).as("services started").isEmpty();
    }

    @Test
    void docker_mode_is_refused_while_ryuk_would_start() {
        FakeEngine engine = FakeEngine.holding(Set.copyOf(DEFAULT_IMAGES));

        assertThatThrownBy(() ->
                        ServiceProvisioner.provision(ServiceMode.DOCKER, Map.of(), new Properties(), engine, start))
                .as("docker mode without TESTCONTAINERS_RYUK_DISABLED")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TESTCONTAINERS_RYUK_DISABLED=true")
                .hasMessageContaining("./mvnw");
        assertThat(start.started).as("services started").isEmpty();
        assertThat(engine.pulled).as("pulls").isEmpty();
    }

    @Test
    void auto_mode_does_not_start_containers_while_ryuk_would_start() {
        FakeEngine engine = FakeEngine.holding(Set.copyOf(DEFAULT_IMAGES));

        LabServices services = ServiceProvisioner.provision(
                ServiceMode.AUTO, Map.of("TESTCONTAINERS_RYUK_DISABLED", "false"), new Properties(), engine, start);

        assertThat(start.started).as("services started").containsExactly("embedded");
        assertThat(services.mode()).as("mode").isEqualTo(ServiceMode.EMBEDDED);
    }

    @Test
    void the_grading_jvms_run_with_ryuk_disabled() {
        assertThat(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))
                .as("TESTCONTAINERS_RYUK_DISABLED in this test JVM, which surefire starts as it starts the grader's")
                .isEqualTo("true");
    }

    private static Properties standInImages() {
        Properties properties = new Properties();
        properties.setProperty("lab.postgres.image", "lab-standin/postgres:15");
        properties.setProperty("lab.redis.image", "lab-standin/redis:7");
        return properties;
    }

    /** A Docker engine that holds some images and pulls as told. */
    private static final class FakeEngine implements DockerProbe {

        private final boolean answers;
        private final Set<String> held;
        final List<List<String>> asked = new ArrayList<>();
        final List<String> pulled = new ArrayList<>();
        Function<String, Optional<String>> pull = image -> Optional.empty();

        private FakeEngine(boolean answers, Set<String> held) {
            this.answers = answers;
            this.held = new HashSet<>(held);
        }

        static FakeEngine holding(Set<String> images) {
            return new FakeEngine(true, images);
        }

        static FakeEngine absent() {
            return new FakeEngine(false, Set.of());
        }

        @Override
        public boolean answers() {
            return answers;
        }

        @Override
        public List<String> missingImages(List<String> images) {
            asked.add(images);
            return images.stream().filter(image -> !held.contains(image)).toList();
        }

        @Override
        public Optional<String> pull(String image) {
            pulled.add(image);
            Optional<String> failure = pull.apply(image);
            if (failure.isEmpty()) {
                held.add(image);
            }
            return failure;
        }
    }

    /** Records what would have started, and starts nothing. */
    private static final class RecordingStarter implements ServiceStarter {

        final List<String> started = new ArrayList<>();
        boolean dockerFails;

        @Override
        public LabServices external(String postgresUrl, String redisUrl, String reason) {
            started.add("external");
            return new Started(ServiceMode.EXTERNAL, reason);
        }

        @Override
        public LabServices docker(DockerImages images, String reason) {
            if (dockerFails) {
                throw new IllegalStateException("Docker answered, but the service containers did not start");
            }
            started.add("docker " + images.names());
            return new Started(ServiceMode.DOCKER, reason);
        }

        @Override
        public LabServices embedded(String reason) {
            started.add("embedded");
            return new Started(ServiceMode.EMBEDDED, reason);
        }
    }

    private record Started(ServiceMode mode, String reason) implements LabServices {

        @Override
        public PostgresEndpoint postgres() {
            return new PostgresEndpoint("localhost", 5432, "lab", "lab", "lab");
        }

        @Override
        public RedisEndpoint redis() {
            return new RedisEndpoint("localhost", 6379, 0, "");
        }

        @Override
        public void close() {}
    }
}
