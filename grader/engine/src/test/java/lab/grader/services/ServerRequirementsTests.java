package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerRequirementsTests {

    @ParameterizedTest
    @CsvSource({
        "7.4.5, true",
        "6.2.0, true",
        "6.2, true",
        "6.10.1, true",
        "10.0.0, true",
        "8, true",
        "6.0.16, false",
        "6, false",
        "5.9.9, false",
        "0, false"
    })
    void redis_versions_are_compared_by_number_against_6_2(String version, boolean enough) {
        assertThat(ServerRequirements.atLeast(version, 6, 2))
                .as("atLeast(\"%s\", 6, 2)", version)
                .isEqualTo(enough);
    }

    @Test
    void a_postgres_url_whose_server_never_answers_fails_within_the_login_timeout() throws Exception {
        // A server that accepts the connection and then says nothing, as Redis does to PostgreSQL's first message.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(60_000);
                } catch (Exception e) {
                    // The test is over.
                }
            });
            PostgresEndpoint endpoint = new PostgresEndpoint("127.0.0.1", silent.getLocalPort(), "lab", "", "lab");
            long started = System.nanoTime();

            assertThatThrownBy(() -> ServerRequirements.verifyPostgres(endpoint, 1))
                    .as("verifying a server that never answers")
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Could not connect to PostgreSQL at jdbc:postgresql://127.0.0.1:")
                    .hasMessageContaining("Check LAB_POSTGRES_URL");
            assertThat((System.nanoTime() - started) / 1e9)
                    .as("seconds to give up")
                    .isLessThan(10);
        }
    }
}
