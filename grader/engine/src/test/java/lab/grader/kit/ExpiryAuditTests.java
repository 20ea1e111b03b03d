package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lab.grader.kit.ExpiryAudit.Look;
import lab.grader.probes.RedisActivity;
import org.junit.jupiter.api.Test;

class ExpiryAuditTests {

    private static Look look(String step, Map<String, Long> ttls, Map<String, String> types) {
        return new Look(step, "SET x 1", ttls, types);
    }

    @Test
    void keys_that_expire_within_the_maximum_are_no_offenders() {
        List<Look> looks = List.of(
                look("", Map.of("product:1", 300L), Map.of()),
                look("GET /products/2", Map.of("product:1", 299L, "product:2", 300L), Map.of()));
        assertThat(ExpiryAudit.offenders(looks, 3600))
                .as("offenders when every key expires")
                .isEmpty();
    }

    @Test
    void a_key_that_loses_its_expiry_in_a_step_is_named_with_that_step_even_if_a_later_step_restores_it() {
        List<Look> looks = List.of(
                look("", Map.of("product:7", 300L), Map.of()),
                look("PUT /products/7 on instance B", Map.of("product:7", -1L), Map.of("product:7", "string")),
                look("GET /products/7 on instance A", Map.of("product:7", 300L), Map.of()));
        assertThat(ExpiryAudit.offenders(looks, 3600))
                .as("offenders of a write-back without TTL")
                .containsExactly("product:7 (a string, written with SET or the like) has no expiry after"
                        + " PUT /products/7 on instance B (Redis ran SET x 1)");
    }

    @Test
    void a_key_without_expiry_at_the_first_look_was_written_by_an_earlier_request() {
        List<Look> looks = List.of(
                look("", Map.of("ids", -1L), Map.of("ids", "set")),
                look("GET /products/3", Map.of("ids", -1L), Map.of("ids", "set")));
        assertThat(ExpiryAudit.offenders(looks, 3600))
                .as("offenders of a helper set created before the script")
                .containsExactly("ids (a set, written with SADD) has no expiry already when the script began: an"
                        + " earlier request wrote it");
    }

    @Test
    void an_expiry_above_the_maximum_is_an_offence_and_a_key_gone_between_scan_and_ttl_is_not() {
        List<Look> looks = List.of(look("GET /products/3", Map.of("a", 86_400L, "b", -2L), Map.of("a", "string")));
        assertThat(ExpiryAudit.offenders(looks, 3600))
                .as("offenders with a day-long TTL and a vanished key")
                .containsExactly("a (a string, written with SET or the like) expires only in 86400 s after"
                        + " GET /products/3 (Redis ran SET x 1)");
    }

    @Test
    void commands_are_listed_by_name_in_upper_case() {
        Map<String, Long> commands = new TreeMap<>(Map.of("get", 1L, "sadd", 2L));
        assertThat(ExpiryAudit.commands(new RedisActivity(commands, 0, 1)))
                .as("commands of a step")
                .isEqualTo("GET x 1, SADD x 2");
        assertThat(ExpiryAudit.commands(new RedisActivity(Map.of(), 0, 0)))
                .as("commands of a step without Redis work")
                .isEqualTo("no command");
    }
}
