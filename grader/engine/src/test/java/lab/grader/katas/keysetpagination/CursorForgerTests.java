package lab.grader.katas.keysetpagination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import lab.grader.katas.keysetpagination.CursorForger.Forgery;
import org.junit.jupiter.api.Test;

class CursorForgerTests {

    private static String url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodedUrl(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }

    /** The forgeries in base64url, decoded: a cursor without + / - _ is also forged in standard base64. */
    private static List<String> decodedUrlForgeries(String cursor) {
        return CursorForger.forge(cursor).stream()
                .filter(f -> f.how().startsWith("unpadded base64url"))
                .map(f -> decodedUrl(f.cursor()))
                .toList();
    }

    private static List<String> cursors(List<Forgery> forgeries) {
        return forgeries.stream().map(Forgery::cursor).toList();
    }

    @Test
    void a_json_cursor_gets_its_timestamp_and_its_number_changed_one_at_a_time() {
        String cursor = url("{\"createdAt\":\"2026-05-31T00:00:00Z\",\"id\":1}");

        List<Forgery> forged = CursorForger.forge(cursor);

        assertThat(decodedUrlForgeries(cursor))
                .as("decoded forgeries")
                .containsExactly(
                        "{\"createdAt\":\"2026-05-31T00:00:01Z\",\"id\":1}",
                        "{\"createdAt\":\"2026-05-31T00:00:00Z\",\"id\":0}");
        assertThat(forged.getFirst().how())
                .as("description")
                .startsWith("unpadded base64url of JSON `{\"createdAt\"")
                .endsWith("with 2026-05-31T00:00:00Z changed to 2026-05-31T00:00:01Z");
    }

    @Test
    void microseconds_in_a_json_timestamp_stay_as_they_were() {
        String cursor = url("{\"createdAt\":\"2026-06-01T11:59:52.765433Z\",\"id\":80412}");

        assertThat(decodedUrlForgeries(cursor).getFirst())
                .as("forged timestamp")
                .isEqualTo("{\"createdAt\":\"2026-06-01T11:59:51.765433Z\",\"id\":80412}");
    }

    @Test
    void delimited_text_gets_each_part_changed() {
        assertThat(decodedUrlForgeries(url("2026-05-31T00:00:00Z|123")))
                .as("timestamp|id")
                .containsExactly("2026-05-31T00:00:01Z|123", "2026-05-31T00:00:00Z|122");
        assertThat(decodedUrlForgeries(url("1780000000123456:80410")))
                .as("micros:id")
                .containsExactly("1780000000123455:80410", "1780000000123456:80411");
    }

    @Test
    void padding_and_alphabet_are_kept() {
        String padded = Base64.getUrlEncoder().encodeToString("123:456".getBytes(StandardCharsets.UTF_8));
        assertThat(padded).as("the example needs padding").endsWith("=");

        List<String> forged = cursors(CursorForger.forge(padded));

        assertThat(forged).as("padded forgeries").isNotEmpty().allMatch(c -> c.endsWith("="));
        assertThat(new String(Base64.getDecoder().decode(forged.getFirst()), StandardCharsets.UTF_8))
                .as("first forgery")
                .isEqualTo("122:456");
    }

    @Test
    void standard_base64_is_answered_in_standard_base64() {
        byte[] bytes = new byte[] {(byte) 0xfb, (byte) 0xff, (byte) 0xbf, 1, 2, 3, 4, 5, 6};
        String cursor = Base64.getEncoder().encodeToString(bytes);
        assertThat(cursor).as("the example uses + and /").contains("+").contains("/");

        List<Forgery> forged = CursorForger.forge(cursor);

        assertThat(forged).as("forgeries").hasSize(1);
        assertThat(forged.getFirst().how())
                .as("description")
                .isEqualTo("unpadded base64 of 9 bytes with byte 4 changed");
        byte[] decoded = Base64.getDecoder().decode(forged.getFirst().cursor());
        assertThat(decoded[4]).as("the middle byte, one bit flipped").isEqualTo((byte) 3);
    }

    @Test
    void a_binary_cursor_gets_one_byte_changed_and_keeps_its_length() {
        ByteBuffer token = ByteBuffer.allocate(33)
                .put((byte) 1)
                .putLong(1_780_000_000_123_456L)
                .putLong(80412L);
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());

        List<String> forged = cursors(CursorForger.forge(cursor));

        assertThat(forged).as("forgeries").isNotEmpty().doesNotContain(cursor);
        assertThat(forged).as("same length").allMatch(c -> c.length() == cursor.length());
    }

    @Test
    void a_plain_text_cursor_is_changed_as_it_is() {
        assertThat(cursors(CursorForger.forge("2026-05-31T00:00:00Z|123")))
                .as("forgeries of a cursor that is no base64")
                .containsExactly("2026-05-31T00:00:01Z|123", "2026-05-31T00:00:00Z|122");
    }

    @Test
    void the_last_digit_changes_by_one_without_changing_the_length() {
        assertThat(CursorForger.changeLastDigit("80412")).as("down").isEqualTo("80411");
        assertThat(CursorForger.changeLastDigit("100")).as("up from 0").isEqualTo("101");
        assertThat(CursorForger.changeLastDigit("-1")).as("negative").isEqualTo("-0");
        assertThat(CursorForger.changeLastDigit("2026-05-31T00:00Z"))
                .as("minutes")
                .isEqualTo("2026-05-31T00:01Z");
        assertThat(CursorForger.changeLastDigit("2026-05-31T10:59:59.999+02:00"))
                .as("seconds, not the offset")
                .isEqualTo("2026-05-31T10:59:58.999+02:00");
    }

    @Test
    void text_is_told_from_bytes() {
        assertThat(CursorForger.text("{\"id\":1}".getBytes(StandardCharsets.UTF_8)))
                .as("JSON")
                .contains("{\"id\":1}");
        assertThat(CursorForger.text(new byte[] {1, 0, 0, 7}))
                .as("control bytes")
                .isEmpty();
        assertThat(CursorForger.text(new byte[] {(byte) 0xc3, (byte) 0x28}))
                .as("malformed UTF-8")
                .isEmpty();
    }
}
