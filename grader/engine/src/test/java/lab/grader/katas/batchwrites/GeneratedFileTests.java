package lab.grader.katas.batchwrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedFileTests {

    private final GeneratedFile file = new GeneratedFile("ABCDL", 42, 300, 24);

    @Test
    void the_body_is_the_header_then_one_line_per_row_as_long_as_the_totals_say() throws IOException {
        byte[] body = read(file.body());
        List<String> lines = lines(body);
        assertThat(lines.getFirst()).as("first line").isEqualTo(SettlementFile.HEADER);
        assertThat(lines).as("lines of a 300-row file").hasSize(301);
        assertThat((long) body.length)
                .as("bytes of the body")
                .isEqualTo(file.totals().bytes());
    }

    @Test
    void a_row_read_on_its_own_is_the_row_the_body_writes() throws IOException {
        List<String> lines = lines(read(file.body()));
        assertThat(file.line(0).csv()).as("row 0, on line 2").isEqualTo(lines.get(1));
        assertThat(file.line(257).csv()).as("row 257, on line 259").isEqualTo(lines.get(258));
        assertThat(file.line(257).description())
                .as("description of a short row")
                .hasSize(24);
    }

    @Test
    void a_replaced_row_changes_that_line_and_no_other() throws IOException {
        List<String> plain = lines(read(file.body()));
        List<String> bad = lines(read(file.body(280, "the bad line")));
        assertThat(bad).as("lines of the file with row 280 replaced").hasSameSizeAs(plain);
        assertThat(bad.get((int) SettlementFile.lineOf(280) - 1)).as("line 282").isEqualTo("the bad line");
        for (int i = 0; i < plain.size(); i++) {
            if (i != 281) {
                assertThat(bad.get(i)).as("line %d, not replaced", i + 1).isEqualTo(plain.get(i));
            }
        }
    }

    private static byte[] read(InputStream body) throws IOException {
        try (body) {
            return body.readAllBytes();
        }
    }

    private static List<String> lines(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).lines().toList();
    }
}
