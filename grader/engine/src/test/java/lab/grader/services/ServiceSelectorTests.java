package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ServiceSelectorTests {

    private static final Map<String, String> BOTH_URLS = Map.of(
            "LAB_POSTGRES_URL", "postgresql://lab:lab@localhost:5432/lab",
            "LAB_REDIS_URL", "redis://localhost:6379/0");

    private static final BooleanSupplier DOCKER_ANSWERS = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final Supplier<List<String>> HOLDS_ALL = List::of;

    @Test
    void auto_mode_prefers_external_urls_over_docker() {
        ServiceChoice choice = new ServiceSelector(BOTH_URLS, DOCKER_ANSWERS, HOLDS_ALL).choose(ServiceMode.AUTO);

        assertThat(choice.mode())
                .as("mode when both URLs are set and Docker answers")
                .isEqualTo(ServiceMode.EXTERNAL);
        assertThat(choice.reason()).as("reason").isEqualTo("LAB_POSTGRES_URL and LAB_REDIS_URL are set");
    }

    @Test
    void auto_mode_with_external_urls_does_not_probe_docker() {
        AtomicInteger probes = new AtomicInteger();

        new ServiceSelector(BOTH_URLS, () -> probes.incrementAndGet() > 0, HOLDS_ALL).choose(ServiceMode.AUTO);

        assertThat(probes)
                .as("Docker probes, which are slow where there is no engine")
                .hasValue(0);
    }

    @Test
    void auto_mode_uses_docker_when_an_engine_answers() {
        ServiceChoice choice = new ServiceSelector(Map.of(), DOCKER_ANSWERS, HOLDS_ALL).choose(ServiceMode.AUTO);

        assertThat(choice)
                .as("choice without URLs, Docker answering")
                .isEqualTo(new ServiceChoice(ServiceMode.DOCKER, "a Docker engine answered and holds the images"));
    }

    @Test
    void auto_mode_falls_back_to_embedded_and_says_why() {
        ServiceChoice choice = new ServiceSelector(Map.of(), NO_DOCKER, HOLDS_ALL).choose(ServiceMode.AUTO);

        assertThat(choice.mode()).as("mode without URLs or Docker").isEqualTo(ServiceMode.EMBEDDED);
        assertThat(choice.reason())
                .as("reason")
                .isEqualTo("no Docker engine answered and LAB_POSTGRES_URL/LAB_REDIS_URL are not set");
    }

    @Test
    void blank_urls_count_as_unset() {
        Map<String, String> blank = Map.of("LAB_POSTGRES_URL", " ", "LAB_REDIS_URL", "");

        ServiceChoice choice = new ServiceSelector(blank, NO_DOCKER, HOLDS_ALL).choose(ServiceMode.AUTO);

        assertThat(choice.mode()).as("mode with blank URLs").isEqualTo(ServiceMode.EMBEDDED);
    }

    @Test
    void only_the_postgres_url_fails_naming_the_missing_redis_url() {
        Map<String, String> postgresOnly = Map.of("LAB_POSTGRES_URL", "postgresql://lab:lab@localhost:5432/lab");

        assertThatThrownBy(() -> new ServiceSelector(postgresOnly, DOCKER_ANSWERS, HOLDS_ALL).choose(ServiceMode.AUTO))
                .as("half of the external configuration")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("LAB_POSTGRES_URL is set but LAB_REDIS_URL is not")
                .hasMessageContaining("unset LAB_POSTGRES_URL to use another mode");
    }

    @Test
    void only_the_redis_url_fails_naming_the_missing_postgres_url() {
        Map<String, String> redisOnly = Map.of("LAB_REDIS_URL", "redis://localhost:6379/0");

        assertThatThrownBy(() -> new ServiceSelector(redisOnly, NO_DOCKER, HOLDS_ALL).choose(ServiceMode.AUTO))
                .as("half of the external configuration")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("LAB_REDIS_URL is set but LAB_POSTGRES_URL is not")
                .hasMessageContaining("LAB_POSTGRES_URL=postgresql://lab:lab@localhost:5432/lab");
    }

    @Test
    void explicit_external_mode_uses_the_urls() {
        ServiceChoice choice = new ServiceSelector(BOTH_URLS, NO_DOCKER, HOLDS_ALL).choose(ServiceMode.EXTERNAL);

        assertThat(choice)
                .as("choice")
                .isEqualTo(new ServiceChoice(ServiceMode.EXTERNAL, "requested with -Dlab.services=external"));
    }

    @Test
    void explicit_external_mode_without_urls_fails_with_an_example() {
        assertThatThrownBy(() -> new ServiceSelector(Map.of(), DOCKER_ANSWERS, HOLDS_ALL).choose(ServiceMode.EXTERNAL))
                .as("external mode without URLs")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dlab.services=external needs LAB_POSTGRES_URL and LAB_REDIS_URL")
                .hasMessageContaining("LAB_POSTGRES_URL=postgresql://lab:lab@localhost:5432/lab")
                .hasMessageContaining("LAB_REDIS_URL=redis://localhost:6379/0");
    }

    @Test
    void explicit_docker_mode_uses_docker_when_an_engine_answers() {
        ServiceChoice choice = new ServiceSelector(BOTH_URLS, DOCKER_ANSWERS, HOLDS_ALL).choose(ServiceMode.DOCKER);

        assertThat(choice)
                .as("choice, URLs notwithstanding")
                .isEqualTo(new ServiceChoice(ServiceMode.DOCKER, "requested with -Dlab.services=docker"));
    }

    @Test
    void explicit_docker_mode_without_an_engine_suggests_embedded() {
        assertThatThrownBy(() -> new ServiceSelector(Map.of(), NO_DOCKER, HOLDS_ALL).choose(ServiceMode.DOCKER))
                .as("docker mode without Docker")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Docker engine answered")
                .hasMessageContaining("docker info")
                .hasMessageContaining("-Dlab.services=embedded");
    }

    @Test
    void explicit_embedded_mode_ignores_docker_and_urls() {
        AtomicInteger probes = new AtomicInteger();

        ServiceChoice choice = new ServiceSelector(BOTH_URLS, () -> probes.incrementAndGet() > 0, HOLDS_ALL)
                .choose(ServiceMode.EMBEDDED);

        assertThat(choice)
                .as("choice")
                .isEqualTo(new ServiceChoice(ServiceMode.EMBEDDED, "requested with -Dlab.services=embedded"));
        assertThat(probes).as("Docker probes").hasValue(0);
    }

    @Test
    void auto_mode_stays_embedded_when_the_engine_lacks_an_image() {
        ServiceChoice choice = new ServiceSelector(Map.of(), DOCKER_ANSWERS, () -> List.of("postgres:17.6-alpine"))
                .choose(ServiceMode.AUTO);

        assertThat(choice.mode()).as("mode").isEqualTo(ServiceMode.EMBEDDED);
        assertThat(choice.reason())
                .as("reason names the image and how to pull it")
                .isEqualTo("a Docker engine answered, but it does not hold postgres:17.6-alpine yet; auto mode never"
                        + " pulls, -Dlab.services=docker does");
    }

    @Test
    void auto_mode_names_every_image_the_engine_lacks() {
        ServiceChoice choice = new ServiceSelector(
                        Map.of(), DOCKER_ANSWERS, () -> List.of("postgres:17.6-alpine", "redis:7.4.5-alpine"))
                .choose(ServiceMode.AUTO);

        assertThat(choice.reason())
                .as("reason")
                .contains("does not hold postgres:17.6-alpine and redis:7.4.5-alpine yet");
    }

    @Test
    void auto_mode_without_an_engine_does_not_ask_about_images() {
        AtomicInteger asked = new AtomicInteger();

        new ServiceSelector(Map.of(), NO_DOCKER, () -> {
                    asked.incrementAndGet();
                    return List.of();
                })
                .choose(ServiceMode.AUTO);

        assertThat(asked).as("image questions without an engine").hasValue(0);
    }

    @Test
    void explicit_docker_mode_leaves_the_images_to_the_provisioner() {
        AtomicInteger asked = new AtomicInteger();

        ServiceChoice choice = new ServiceSelector(Map.of(), DOCKER_ANSWERS, () -> {
                    asked.incrementAndGet();
                    return List.of("postgres:17.6-alpine");
                })
                .choose(ServiceMode.DOCKER);

        assertThat(choice.mode()).as("mode").isEqualTo(ServiceMode.DOCKER);
        assertThat(asked).as("image questions from the selector").hasValue(0);
    }
}
