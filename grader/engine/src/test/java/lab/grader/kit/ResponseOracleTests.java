package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import lab.grader.probes.BurstAnswer;
import org.junit.jupiter.api.Test;

class ResponseOracleTests {

    private static final String TRUE = "x' AND 1=1--";
    private static final String FALSE = "x' AND 1=2--";

    private static BurstAnswer answer(int status, String body, Map<String, List<String>> headers) {
        return new BurstAnswer(0, status, HttpHeaders.of(headers, (name, value) -> true), body, null);
    }

    private static Map<String, List<String>> headers(String date, String length) {
        return Map.of(
                "Content-Type", List.of("application/json"), "Date", List.of(date), "Content-Length", List.of(length));
    }

    @Test
    void answers_that_differ_only_in_date_and_length_cannot_be_told_apart() {
        BurstAnswer a = answer(200, "[]", headers("Fri, 04 Dec 2026 10:00:00 GMT", "2"));
        BurstAnswer b = answer(200, "[]", headers("Fri, 04 Dec 2026 10:00:01 GMT", "2"));

        assertThat(ResponseOracle.difference(a, "x' AND 1=1--", b, "x' AND 1=2--"))
                .isEmpty();
    }

    @Test
    void an_error_that_repeats_its_own_input_is_not_an_oracle() {
        String inputA = "ACTIVE' AND 'a'='a";
        String inputB = "ACTIVE' AND 'a'='b";
        BurstAnswer a = answer(400, "{\"detail\":\"unknown status " + inputA + "\"}", headers("d1", "40"));
        BurstAnswer b = answer(400, "{\"detail\":\"unknown status " + inputB + "\"}", headers("d2", "40"));

        assertThat(ResponseOracle.difference(a, inputA, b, inputB)).isEmpty();
    }

    @Test
    void a_different_status_body_or_header_is_an_oracle() {
        BurstAnswer rows = answer(200, "[{\"id\":1}]", headers("d", "10"));
        BurstAnswer none = answer(200, "[]", headers("d", "2"));
        BurstAnswer notFound = answer(404, "[]", headers("d", "2"));
        BurstAnswer tagged =
                answer(200, "[]", Map.of("Content-Type", List.of("application/json"), "X-Rows", List.of("0")));

        assertThat(ResponseOracle.difference(rows, TRUE, none, FALSE))
                .hasValueSatisfying(d -> assertThat(d).startsWith("bodies"));
        assertThat(ResponseOracle.difference(none, TRUE, notFound, FALSE)).hasValue("status 200 vs 404");
        assertThat(ResponseOracle.difference(none, TRUE, tagged, FALSE))
                .hasValueSatisfying(d -> assertThat(d).startsWith("headers"));
    }

    @Test
    void the_input_is_masked_as_sent_url_encoded_and_json_escaped() {
        String input = "a \"b\" \\c";

        assertThat(ResponseOracle.masked("[" + input + "]", input)).isEqualTo("[<input>]");
        assertThat(ResponseOracle.masked("/search?q=a+%22b%22+%5Cc", input)).isEqualTo("/search?q=<input>");
        assertThat(ResponseOracle.masked("{\"q\":\"a \\\"b\\\" \\\\c\"}", input))
                .isEqualTo("{\"q\":\"<input>\"}");
    }
}
