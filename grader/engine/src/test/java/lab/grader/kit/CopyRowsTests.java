package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CopyRowsTests {

    private static String encoded(Object... values) {
        StringBuilder line = new StringBuilder();
        CopyRows.encode(line, values);
        return line.toString();
    }

    @Test
    void a_row_is_values_separated_by_tabs_and_ended_by_a_newline() {
        assertThat(encoded(
                        42L,
                        7,
                        "Anna Schmidt",
                        new BigDecimal("499.90"),
                        Instant.parse("2026-06-01T12:00:00Z"),
                        LocalDate.of(2026, 6, 1),
                        true,
                        null))
                .as("a row of every kind of value")
                .isEqualTo("42\t7\tAnna Schmidt\t499.90\t2026-06-01 12:00:00+00\t2026-06-01\tt\t\\N\n");
    }

    @Test
    void the_characters_copy_gives_a_meaning_are_escaped() {
        assertThat(encoded("back\\slash", "tab\there", "two\nlines", "carriage\rreturn", "\\."))
                .as("text with a backslash, a tab, a newline, a carriage return and COPY's end marker")
                .isEqualTo("back\\\\slash\ttab\\there\ttwo\\nlines\tcarriage\\rreturn\t\\\\.\n");
    }

    @Test
    void instants_keep_their_microseconds_and_offsets_become_utc() {
        assertThat(encoded(
                        Instant.parse("2026-06-01T12:00:00.000001Z"),
                        Instant.parse("0987-01-02T03:04:05.123456789Z"),
                        OffsetDateTime.parse("2026-06-01T00:30+02:00"),
                        new BigDecimal("1E+3")))
                .as("instants with microseconds and nanoseconds, an offset time on the day before in UTC, a decimal"
                        + " in exponent form")
                .isEqualTo("2026-06-01 12:00:00.000001+00\t0987-01-02 03:04:05.123456789+00\t2026-05-31 22:30:00+00"
                        + "\t1000\n");
    }

    @Test
    void instants_are_written_as_a_formatter_writes_them() {
        DateTimeFormatter seconds =
                DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'+00\n'").withZone(ZoneOffset.UTC);
        DateTimeFormatter micros =
                DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00\n'").withZone(ZoneOffset.UTC);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(0, 4_102_444_800L), random.nextBoolean() ? 0 : random.nextInt(1_000_000) * 1_000L);
            assertThat(encoded(instant))
                    .as("the instant %s", instant)
                    .isEqualTo((instant.getNano() == 0 ? seconds : micros).format(instant));
        }
    }

    @Test
    void a_value_without_a_text_form_is_refused() {
        assertThatThrownBy(() -> encoded(List.of(1)))
                .as("a list as a column value")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no COPY text form");
    }

    @Test
    void the_copy_statement_names_table_and_columns_and_refuses_anything_else() {
        assertThat(BulkLoad.copyStatement("purchase_order", List.of("id", "placed_at")))
                .as("copy statement for two columns")
                .isEqualTo("copy purchase_order (id, placed_at) from stdin");
        assertThatThrownBy(() -> BulkLoad.into(null).table("customer; drop table customer", List.of("id"), rows -> {}))
                .as("a table name with SQL in it")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BulkLoad.into(null).table("customer", List.of("id, name"), rows -> {}))
                .as("two column names in one")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
