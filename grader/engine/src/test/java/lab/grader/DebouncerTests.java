package lab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One save is one burst of events: due after a quiet time, or at the latest a while after its first event. */
class DebouncerTests {

    private static final long MS = 1_000_000;
    private final Debouncer debouncer = new Debouncer(Duration.ofMillis(150), Duration.ofSeconds(1));

    @Test
    void nothing_is_pending_before_the_first_event() {
        assertThat(debouncer.pending()).as("pending").isFalse();
        debouncer.record(List.of(), 5 * MS);
        assertThat(debouncer.pending()).as("pending after no files").isFalse();
    }

    @Test
    void a_burst_is_due_once_it_has_been_quiet_for_the_quiet_time() {
        debouncer.record(List.of(Path.of("A.java")), 0);
        debouncer.record(List.of(Path.of("A.java~")), 40 * MS);

        assertThat(debouncer.nanosUntilDue(100 * MS)).as("due in, at 100 ms").isEqualTo(90 * MS);
        assertThat(debouncer.nanosUntilDue(190 * MS)).as("due in, at 190 ms").isZero();
    }

    @Test
    void each_event_restarts_the_quiet_time() {
        debouncer.record(List.of(Path.of("A.java")), 0);
        debouncer.record(List.of(Path.of("B.java")), 140 * MS);

        assertThat(debouncer.nanosUntilDue(150 * MS)).as("due in, at 150 ms").isEqualTo(140 * MS);
    }

    @Test
    void events_without_pause_are_due_the_longest_time_after_the_first() {
        for (long at = 0; at <= 1_200 * MS; at += 100 * MS) {
            debouncer.record(List.of(Path.of("Generated.java")), at);
        }

        assertThat(debouncer.nanosUntilDue(1_000 * MS)).as("due in, at 1 s").isZero();
    }

    @Test
    void taking_a_burst_gives_its_files_once_with_its_first_time_and_starts_afresh() {
        debouncer.record(List.of(Path.of("B.java"), Path.of("A.java")), 7 * MS);
        debouncer.record(List.of(Path.of("A.java")), 9 * MS);

        Debouncer.Save save = debouncer.take();

        assertThat(save.files()).as("files").containsExactlyInAnyOrder(Path.of("A.java"), Path.of("B.java"));
        assertThat(save.firstSeenNanos()).as("first seen").isEqualTo(7 * MS);
        assertThat(debouncer.pending()).as("pending after take").isFalse();
        debouncer.record(List.of(Path.of("C.java")), 500 * MS);
        assertThat(debouncer.nanosUntilDue(500 * MS))
                .as("a new burst waits its own quiet time")
                .isEqualTo(150 * MS);
    }
}
