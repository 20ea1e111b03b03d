package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalServicesTests {

    @Test
    void a_postgresql_url_gives_every_part() {
        PostgresEndpoint endpoint = ExternalServices.parsePostgres("postgresql://user:pass@db.example.com:5433/db");

        assertThat(endpoint)
                .as("endpoint")
                .isEqualTo(new PostgresEndpoint("db.example.com", 5433, "user", "pass", "db"));
    }

    @Test
    void the_postgres_scheme_is_accepted_too() {
        PostgresEndpoint endpoint = ExternalServices.parsePostgres("postgres://lab:lab@localhost:5432/lab");

        assertThat(endpoint).as("endpoint").isEqualTo(new PostgresEndpoint("localhost", 5432, "lab", "lab", "lab"));
    }

    @Test
    void a_jdbc_url_takes_user_and_password_from_the_query() {
        PostgresEndpoint endpoint = ExternalServices.parsePostgres("jdbc:postgresql://host/db?user=u&password=p");

        assertThat(endpoint).as("endpoint").isEqualTo(new PostgresEndpoint("host", 5432, "u", "p", "db"));
    }

    @Test
    void a_bare_postgres_host_defaults_port_user_password_and_database() {
        PostgresEndpoint endpoint = ExternalServices.parsePostgres(" postgresql://host/ ");

        assertThat(endpoint)
                .as("endpoint with defaults")
                .isEqualTo(new PostgresEndpoint("host", 5432, "postgres", "", "postgres"));
    }

    @Test
    void a_percent_encoded_postgres_password_is_decoded() {
        PostgresEndpoint endpoint = ExternalServices.parsePostgres("postgresql://lab:p%40ss%3Aw%2Fd%25@host:5432/lab");

        assertThat(endpoint.password()).as("password").isEqualTo("p@ss:w/d%");
        assertThat(endpoint.user()).as("user").isEqualTo("lab");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"localhost:5432/lab", "not a url", "mysql://lab:lab@localhost:3306/lab", "postgresql:///lab"})
    void an_invalid_postgres_url_fails_with_an_example(String url) {
        assertThatThrownBy(() -> ExternalServices.parsePostgres(url))
                .as("parsePostgres(\"%s\")", url)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("LAB_POSTGRES_URL=")
                .hasMessageContaining("is not a URL the lab understands")
                .hasMessageEndingWith("write it like postgresql://lab:lab@localhost:5432/lab");
    }

    @Test
    void a_redis_url_gives_host_port_and_database() {
        RedisEndpoint endpoint = ExternalServices.parseRedis("redis://cache.example.com:6380/9");

        assertThat(endpoint).as("endpoint").isEqualTo(new RedisEndpoint("cache.example.com", 6380, 9, ""));
    }

    @Test
    void a_redis_url_may_carry_only_a_password() {
        RedisEndpoint endpoint = ExternalServices.parseRedis("redis://:secret@host");

        assertThat(endpoint).as("endpoint").isEqualTo(new RedisEndpoint("host", 6379, 0, "secret"));
    }

    @Test
    void a_bare_redis_host_defaults_to_port_6379_and_database_0() {
        RedisEndpoint endpoint = ExternalServices.parseRedis("redis://localhost");

        assertThat(endpoint).as("endpoint with defaults").isEqualTo(new RedisEndpoint("localhost", 6379, 0, ""));
    }

    @Test
    void a_percent_encoded_redis_password_is_decoded() {
        RedisEndpoint endpoint = ExternalServices.parseRedis("redis://:s%40cret%2F1@host:6379/2");

        assertThat(endpoint.password()).as("password").isEqualTo("s@cret/1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost:6379",
                "rediss://host:6379/0",
                "redis://host/nine",
                "http://host:6379/0",
                "redis:// bad"
            })
    void an_invalid_redis_url_fails_with_an_example(String url) {
        assertThatThrownBy(() -> ExternalServices.parseRedis(url))
                .as("parseRedis(\"%s\")", url)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("LAB_REDIS_URL=")
                .hasMessageEndingWith("write it like redis://localhost:6379/0");
    }

    @Test
    void a_plus_in_a_password_stays_a_plus() {
        PostgresEndpoint postgres = ExternalServices.parsePostgres("postgresql://lab:a+b@db:5432/lab");

        assertThat(postgres.password()).as("password").isEqualTo("a+b");
    }

    @Test
    void a_docker_compose_host_name_with_an_underscore_is_read() {
        PostgresEndpoint postgres = ExternalServices.parsePostgres("postgresql://lab:lab@lab_postgres:5433/lab");
        RedisEndpoint redis = ExternalServices.parseRedis("redis://lab_redis:6380/2");

        assertThat(postgres.host()).as("postgres host").isEqualTo("lab_postgres");
        assertThat(postgres.port()).as("postgres port").isEqualTo(5433);
        assertThat(redis.host()).as("redis host").isEqualTo("lab_redis");
        assertThat(redis.port()).as("redis port").isEqualTo(6380);
    }

    @Test
    void a_redis_path_of_more_than_one_database_number_is_rejected() {
        assertThatThrownBy(() -> ExternalServices.parseRedis("redis://localhost:6379/1/2"))
                .as("two path segments")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redis://localhost:6379/0");
    }

    @Test
    void an_encoded_redis_password_survives_the_round_trip_to_the_kata() {
        RedisEndpoint redis = ExternalServices.parseRedis("redis://:p%40ss%3Aw%2Fd@localhost:6379/3");

        assertThat(redis.password()).as("decoded password").isEqualTo("p@ss:w/d");
        assertThat(ExternalServices.parseRedis(redis.url()))
                .as("the URL given to the kata, read back")
                .isEqualTo(redis);
    }
}
