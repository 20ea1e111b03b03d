package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresEndpointTests {

    private final PostgresEndpoint endpoint = new PostgresEndpoint("db.example.com", 5433, "lab", "s3cret", "postgres");

    @Test
    void the_jdbc_url_names_the_database_asked_for() {
        assertThat(endpoint.jdbcUrl("kata_n_plus_one"))
                .as("JDBC URL")
                .isEqualTo("jdbc:postgresql://db.example.com:5433/kata_n_plus_one");
    }

    @Test
    void the_jdbc_url_carries_no_credentials() {
        assertThat(endpoint.jdbcUrl("lab"))
                .as("JDBC URL")
                .doesNotContain("s3cret")
                .doesNotContain("lab@");
    }

    @Test
    void describe_shows_user_host_and_port_without_the_password() {
        assertThat(endpoint.describe())
                .as("description for reports")
                .isEqualTo("lab@db.example.com:5433")
                .doesNotContain("s3cret");
    }
}
