package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.Map;
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
}
