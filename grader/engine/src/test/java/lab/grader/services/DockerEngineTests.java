package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerEngineTests {

    @Test
    void docker_host_with_a_unix_socket_is_used_as_given() {
        assertThat(DockerEngine.address(Map.of("DOCKER_HOST", "unix:///run/user/1000/docker.sock")))
                .as("address from DOCKER_HOST")
                .contains(UnixDomainSocketAddress.of("/run/user/1000/docker.sock"));
    }

    @Test
    void docker_host_over_tcp_is_used_as_given() {
        assertThat(DockerEngine.address(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2376")))
                .as("address from DOCKER_HOST")
                .contains(new InetSocketAddress("127.0.0.1", 2376));
    }

    @Test
    void an_engine_that_does_not_answer_is_reported_absent_quickly() {
        long started = System.nanoTime();

        boolean answers = DockerEngine.answers(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"));

        assertThat(answers).as("a socket that does not exist answers").isFalse();
        assertThat((System.nanoTime() - started) / 1_000_000_000.0)
                .as("seconds to give up")
                .isLessThan(10);
    }

    @Test
    void missing_images_are_the_ones_the_engine_does_not_know() throws Exception {
        try (FakeDockerEngine engine = new FakeDockerEngine(request -> List.of(
                request.startsWith("GET /images/lab-standin/postgres:15/json")
                        ? FakeDockerEngine.json(200, "{}")
                        : FakeDockerEngine.json(404, "{\"message\":\"No such image\"}")))) {

            List<String> missing = DockerEngine.missingImages(
                    engine.environment(),
                    List.of("lab-standin/postgres:15", "postgres:17.6-alpine", "redis:7.4.5-alpine"));

            assertThat(missing)
                    .as("images the engine lacks")
                    .containsExactly("postgres:17.6-alpine", "redis:7.4.5-alpine");
        }
    }

    @Test
    void without_an_engine_every_image_is_missing() {
        assertThat(DockerEngine.missingImages(
                        Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"), List.of("postgres:17.6-alpine")))
                .as("images missing where no engine answers")
                .containsExactly("postgres:17.6-alpine");
    }

    @Test
    void a_pull_asks_for_the_image_and_its_tag_once() throws Exception {
        try (FakeDockerEngine engine = new FakeDockerEngine(request -> List.of(
                FakeDockerEngine.json(200),
                "{\"status\":\"Pulling from library/postgres\",\"id\":\"17.6-alpine\"}\r\n",
                "{\"status\":\"Status: Downloaded newer image for postgres:17.6-alpine\"}\r\n"))) {

            Optional<String> failure = DockerEngine.pull(engine.environment(), "postgres:17.6-alpine", SECOND, SECOND);

            assertThat(failure).as("failure of a pull the engine completed").isEmpty();
            assertThat(engine.requests)
                    .as("requests")
                    .containsExactly("POST /images/create?fromImage=postgres&tag=17.6-alpine HTTP/1.0");
        }
    }

    @Test
    void a_pull_the_engine_refuses_says_why() throws Exception {
        try (FakeDockerEngine engine = new FakeDockerEngine(request -> List.of(FakeDockerEngine.json(
                500,
                "{\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": dial tcp: lookup registry-1.docker.io on"
                        + " 10.255.255.53:53: no such host\"}")))) {

            Optional<String> failure = DockerEngine.pull(engine.environment(), "redis:7.4.5-alpine", SECOND, SECOND);

            assertThat(failure)
                    .as("failure where no registry resolves")
                    .contains("Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on"
                            + " 10.255.255.53:53: no such host");
        }
    }

    @Test
    void an_error_in_the_progress_stream_fails_the_pull() throws Exception {
        try (FakeDockerEngine engine = new FakeDockerEngine(request -> List.of(
                FakeDockerEngine.json(200, "{\"status\":\"Pulling from library/redis\"}"),
                "{\"errorDetail\":{\"message\":\"toomanyrequests\"},\"error\":\"toomanyrequests: You have reached your"
                        + " pull rate limit.\"}\r\n"))) {

            Optional<String> failure = DockerEngine.pull(engine.environment(), "redis:7.4.5-alpine", SECOND, SECOND);

            assertThat(failure).as("failure").contains("toomanyrequests: You have reached your pull rate limit.");
        }
    }

    @Test
    void a_pull_no_registry_answers_gives_up_after_the_first_answer_limit() throws Exception {
        try (FakeDockerEngine engine = new FakeDockerEngine(request -> List.of())) {
            long started = System.nanoTime();

            Optional<String> failure =
                    DockerEngine.pull(engine.environment(), "postgres:17.6-alpine", SECOND, Duration.ofMinutes(5));

            assertThat(failure)
                    .as("failure")
                    .hasValueSatisfying(why -> assertThat(why).contains("no answer within 1 s"));
            assertThat((System.nanoTime() - started) / 1e9)
                    .as("seconds to give up")
                    .isLessThan(5);
        }
    }

    @Test
    void a_download_that_stalls_gives_up_after_the_quiet_limit() throws Exception {
        try (FakeDockerEngine engine = new FakeDockerEngine(request -> List.of(
                FakeDockerEngine.json(200, "{\"status\":\"Downloading\",\"id\":\"a1b2\"}"),
                FakeDockerEngine.STAY_OPEN))) {

            Optional<String> failure =
                    DockerEngine.pull(engine.environment(), "postgres:17.6-alpine", Duration.ofMinutes(5), SECOND);

            assertThat(failure).as("failure").contains("the download stalled: no progress for 1 s");
        }
    }

    @Test
    void image_references_split_into_name_and_tag() {
        assertThat(DockerEngine.reference("postgres:17.6-alpine")).containsExactly("postgres", "17.6-alpine");
        assertThat(DockerEngine.reference("localhost:5000/lab/postgres:15"))
                .containsExactly("localhost:5000/lab/postgres", "15");
        assertThat(DockerEngine.reference("localhost:5000/lab/redis"))
                .containsExactly("localhost:5000/lab/redis", "latest");
        assertThat(DockerEngine.reference("postgres@sha256:abc")).containsExactly("postgres", "sha256:abc");
    }

    private static final Duration SECOND = Duration.ofSeconds(1);
}
