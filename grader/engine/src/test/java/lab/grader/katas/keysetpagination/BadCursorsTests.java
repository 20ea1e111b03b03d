package lab.grader.katas.keysetpagination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import lab.grader.katas.keysetpagination.BadCursors.BadCursor;
import org.junit.jupiter.api.Test;

class BadCursorsTests {

    private static final String JSON_CURSOR = Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"createdAt\":\"2026-05-31T00:00:00Z\",\"id\":1}".getBytes(StandardCharsets.UTF_8));

    @Test
    void the_broken_cursors_come_first_then_the_forged_ones_then_the_other_feeds() {
        List<BadCursor> bad = BadCursors.from(JSON_CURSOR, "b3RoZXI", 42, new SplittableRandom(1));

        assertThat(bad.subList(0, 6)).as("broken cursors").noneMatch(BadCursor::wellFormed);
        assertThat(bad.subList(6, bad.size())).as("well-formed cursors").allMatch(BadCursor::wellFormed);
        assertThat(bad.stream().filter(c -> c.what().startsWith("forged:")).count())
                .as("forgeries: the timestamp and the id")
                .isGreaterThanOrEqualTo(2);
        assertThat(bad.getLast())
                .as("the other feed's cursor")
                .isEqualTo(new BadCursor("the cursor of account 42's feed", "b3RoZXI", true));
    }

    @Test
    void no_bad_cursor_is_the_real_one() {
        List<BadCursor> bad = BadCursors.from(JSON_CURSOR, JSON_CURSOR, 42, new SplittableRandom(2));

        assertThat(bad).as("bad cursors").extracting(BadCursor::cursor).doesNotContain(JSON_CURSOR);
    }

    @Test
    void one_character_is_changed_to_another_of_its_kind() {
        assertThat(BadCursors.changeOneCharacter("abcde")).as("letter").isEqualTo("abdde");
        assertThat(BadCursors.changeOneCharacter("12945")).as("digit").isEqualTo("12045");
        assertThat(BadCursors.changeOneCharacter("ab-cd")).as("other").isEqualTo("abAcd");
    }
}
