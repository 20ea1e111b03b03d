package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceModeTests {

    @ParameterizedTest
    @CsvSource({"auto, AUTO", "Docker, DOCKER", "EMBEDDED, EMBEDDED", "' external ', EXTERNAL"})
    void parse_ignores_case_and_surrounding_spaces(String value, ServiceMode expected) {
        assertThat(ServiceMode.parse(value))
                .as("ServiceMode.parse(\"%s\")", value)
                .isEqualTo(expected);
    }

    @Test
    void an_unknown_mode_lists_the_modes() {
        assertThatThrownBy(() -> ServiceMode.parse("podman"))
                .as("parse of an unknown mode")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dlab.services=podman is not a service mode; use one of auto, docker, embedded, external");
    }

    @Test
    void the_label_is_the_lower_case_name() {
        assertThat(ServiceMode.EMBEDDED.label()).as("label").isEqualTo("embedded");
    }
}
