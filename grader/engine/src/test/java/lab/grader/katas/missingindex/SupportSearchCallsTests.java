package lab.grader.katas.missingindex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupportSearchCallsTests {

    @Test
    void an_email_is_spelled_as_stored_lower_upper_and_swapped() {
        String stored = "Anna.Berg@Example.com";

        assertThat(SupportSearchCalls.spell(stored, 0)).as("as stored").isEqualTo(stored);
        assertThat(SupportSearchCalls.spell(stored, 1)).as("lower").isEqualTo("anna.berg@example.com");
        assertThat(SupportSearchCalls.spell(stored, 2)).as("upper").isEqualTo("ANNA.BERG@EXAMPLE.COM");
        assertThat(SupportSearchCalls.spell(stored, 3)).as("swapped").isEqualTo("aNNA.bERG@eXAMPLE.COM");
        assertThat(SupportSearchCalls.spell(stored, 4)).as("spellings repeat").isEqualTo(stored);
    }
}
