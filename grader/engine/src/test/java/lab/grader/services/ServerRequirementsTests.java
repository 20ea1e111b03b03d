package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;

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
}
