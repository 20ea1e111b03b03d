package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import lab.grader.probes.BurstAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanariesTests {

    private final Canaries canaries = Canaries.random(new SplittableRandom(4242), "sk_live_", 3);

    @Test
    void the_same_seed_plants_the_same_secrets_and_another_seed_others() {
        assertThat(canaries.values()).hasSize(3).allMatch(value -> value.matches("sk_live_[0-9a-f]{24}"));
        assertThat(Canaries.random(new SplittableRandom(4242), "sk_live_", 3).values())
                .isEqualTo(canaries.values());
        assertThat(Canaries.random(new SplittableRandom(4243), "sk_live_", 3).values())
                .doesNotContainAnyElementsOf(canaries.values());
    }

    @Test
    void a_secret_is_found_in_any_case_and_nothing_in_text_without_one() {
        String key = canaries.values().get(1);

        assertThat(canaries.in("{\"email\":\"" + key.toUpperCase() + "\"}")).containsExactly(key);
        assertThat(canaries.in("[{\"id\":1,\"name\":\"Aoife O'Brien\"}]")).isEmpty();
        assertThat(canaries.in((String) null)).isEmpty();
    }

    @Test
    void an_answer_leaks_through_its_body_or_a_header() {
        String key = canaries.values().getFirst();
        HttpHeaders headers = HttpHeaders.of(Map.of("X-Debug", List.of("key=" + key)), (name, value) -> true);

        assertThat(canaries.in(new BurstAnswer(0, 200, headers, "[]", null))).containsExactly(key);
        assertThat(canaries.in(new BurstAnswer(0, 0, null, null, "timed out"))).isEmpty();
    }

    @Test
    void a_log_file_is_searched_and_a_missing_one_holds_nothing(@TempDir Path folder) throws Exception {
        Path log = folder.resolve("kata-A.log");
        Files.writeString(
                log,
                "ERROR invalid input syntax for type integer: \""
                        + canaries.values().get(2) + "\"\n");

        assertThat(canaries.inFile(log)).containsExactly(canaries.values().get(2));
        assertThat(canaries.inFile(folder.resolve("missing.log"))).isEmpty();
    }
}
