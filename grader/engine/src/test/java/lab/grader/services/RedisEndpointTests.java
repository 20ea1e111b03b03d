package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisEndpointTests {

    @Test
    void the_url_without_a_password_has_no_user_info() {
        assertThat(new RedisEndpoint("127.0.0.1", 6379, 0, "").url()).as("URL").isEqualTo("redis://127.0.0.1:6379/0");
    }

    @Test
    void the_url_with_a_password_carries_it_for_the_kata() {
        assertThat(new RedisEndpoint("cache.example.com", 6380, 9, "secret").url())
                .as("URL")
                .isEqualTo("redis://:secret@cache.example.com:6380/9");
    }

    @Test
    void the_url_reads_back_as_the_same_endpoint() {
        RedisEndpoint endpoint = new RedisEndpoint("cache.example.com", 6380, 9, "secret");

        assertThat(ExternalServices.parseRedis(endpoint.url()))
                .as("endpoint parsed from its own URL")
                .isEqualTo(endpoint);
    }

    @Test
    void describe_shows_host_port_and_database_without_the_password() {
        assertThat(new RedisEndpoint("cache.example.com", 6380, 9, "secret").describe())
                .as("description")
                .isEqualTo("cache.example.com:6380/9")
                .doesNotContain("secret");
    }
}
