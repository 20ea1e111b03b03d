package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one way a kata's text is quoted in feedback, and how a list of keys is shown. */
class TextTests {

    @Test
    void text_is_put_on_one_line() {
        assertThat(Text.quote("select *\n  from  order_line\twhere id = ?"))
                .as("quoted")
                .isEqualTo("select * from order_line where id = ?");
    }

    @Test
    void long_text_is_cut_at_the_limit_with_an_ellipsis() {
        assertThat(Text.quote("x".repeat(300)))
                .as("default limit")
                .hasSize(Text.QUOTE_LIMIT)
                .endsWith("...");
        assertThat(Text.quote("abcdefghij", 8)).as("own limit").isEqualTo("abcde...");
    }

    @Test
    void nothing_is_shown_as_empty() {
        assertThat(Text.quote("  \n ")).as("blank").isEqualTo("(empty)");
        assertThat(Text.quote(null)).as("null").isEqualTo("(empty)");
    }

    @Test
    void a_list_of_keys_is_cut_after_the_limit() {
        assertThat(RedisKeys.describe(List.of(), 3)).as("none").isEqualTo("none");
        assertThat(RedisKeys.describe(List.of("a", "b", "c", "d", "e"), 3))
                .as("five keys, three shown")
                .isEqualTo("a, b, c and 2 more");
    }
}
