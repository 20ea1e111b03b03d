package lab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves, as the watch loop sees them: scratch files left out, a burst of events as one save. */
class SourceWatchTests {

    private static final Path REPOSITORY = Path.of("src/main/java/lab/nplusone/OrderHistoryRepository.java");

    @Test
    void the_events_of_one_save_come_as_one_save_after_the_quiet_time() throws InterruptedException {
        ScriptedFileEvents events = new ScriptedFileEvents()
                .at(Duration.ofMillis(1_000), Path.of("src/main/java/lab/nplusone/.OrderHistoryRepository.java.swp"))
                .at(Duration.ofMillis(1_010), REPOSITORY)
                .at(Duration.ofMillis(1_050), REPOSITORY);
        SourceWatch watch = watch(events);

        Optional<Debouncer.Save> save = watch.next(Duration.ofHours(1).toNanos());

        assertThat(save).as("save").isPresent();
        assertThat(save.get().files()).as("files of the save").containsExactly(REPOSITORY);
        assertThat(save.get().firstSeenNanos())
                .as("first seen")
                .isEqualTo(Duration.ofMillis(1_010).toNanos());
        assertThat(events.now())
                .as("handed over the quiet time after the last event")
                .isEqualTo(Duration.ofMillis(1_050).plus(SourceWatch.QUIET).toNanos());
    }

    @Test
    void two_saves_apart_are_two_saves() throws InterruptedException {
        Path migration = Path.of("src/main/resources/db/migration/V1__orders.sql");
        ScriptedFileEvents events =
                new ScriptedFileEvents().at(Duration.ofSeconds(1), REPOSITORY).at(Duration.ofSeconds(5), migration);
        SourceWatch watch = watch(events);

        assertThat(watch.next(Long.MAX_VALUE).orElseThrow().files()).as("first").containsExactly(REPOSITORY);
        assertThat(watch.next(Long.MAX_VALUE).orElseThrow().files())
                .as("second")
                .containsExactly(migration);
    }

    @Test
    void no_save_before_the_deadline_gives_nothing_at_the_deadline() throws InterruptedException {
        ScriptedFileEvents events = new ScriptedFileEvents()
                .at(Duration.ofMinutes(10), Path.of("src/main/java/#OrderView.java#"))
                .at(Duration.ofMinutes(20), Path.of("src/main/java/OrderView.java~"))
                .at(Duration.ofHours(2), REPOSITORY);
        SourceWatch watch = watch(events);

        Optional<Debouncer.Save> save = watch.next(Duration.ofHours(1).toNanos());

        assertThat(save).as("save within the hour").isEmpty();
        assertThat(events.now())
                .as("clock at return")
                .isEqualTo(Duration.ofHours(1).toNanos());
    }

    @Test
    void editors_scratch_files_are_no_saves_and_sources_are() {
        assertThat(Path.of("src/main/java/a/.Order.java.swp"))
                .as("vim swap")
                .matches(file -> !SourceWatch.counts(file));
        assertThat(Path.of("src/main/java/a/4913")).as("vim probe").matches(file -> !SourceWatch.counts(file));
        assertThat(Path.of("src/main/java/a/Order.java~")).as("backup").matches(file -> !SourceWatch.counts(file));
        assertThat(Path.of("src/main/java/a/.#Order.java")).as("emacs lock").matches(file -> !SourceWatch.counts(file));
        assertThat(Path.of("src/main/java/a/Order.java___jb_tmp___"))
                .as("IntelliJ safe write")
                .matches(file -> !SourceWatch.counts(file));
        assertThat(Path.of("src/main/java/a/Order.java")).as("source").matches(SourceWatch::counts);
        assertThat(Path.of("src/main/resources/application.properties"))
                .as("resource")
                .matches(SourceWatch::counts);
        assertThat(Path.of("src/main/java/a")).as("folder").matches(SourceWatch::counts);
    }

    @Test
    void a_folder_that_is_not_there_is_refused_with_its_name(@TempDir Path root) {
        Path missing = root.resolve("src/main");

        assertThatThrownBy(() -> SourceWatch.open(WatchMode.EVENTS, missing))
                .as("open on a missing folder")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }

    private static SourceWatch watch(ScriptedFileEvents events) {
        return new SourceWatch(events, new Debouncer(SourceWatch.QUIET, SourceWatch.LONGEST), events::now);
    }
}
