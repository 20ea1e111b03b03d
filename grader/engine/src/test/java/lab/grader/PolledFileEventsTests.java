package lab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without change events, a save is a file whose time or size differs from the last look. */
class PolledFileEventsTests {

    @TempDir
    Path root;

    @Test
    void added_removed_and_rewritten_files_are_changes_and_untouched_ones_are_not() {
        Path kept = Path.of("Kept.java");
        Path rewritten = Path.of("Rewritten.java");
        Path removed = Path.of("Removed.java");
        Path added = Path.of("Added.java");
        Map<Path, PolledFileEvents.Stamp> before = Map.of(
                kept, new PolledFileEvents.Stamp(1, 10),
                rewritten, new PolledFileEvents.Stamp(1, 10),
                removed, new PolledFileEvents.Stamp(1, 10));
        Map<Path, PolledFileEvents.Stamp> after = Map.of(
                kept, new PolledFileEvents.Stamp(1, 10),
                rewritten, new PolledFileEvents.Stamp(2, 10),
                added, new PolledFileEvents.Stamp(2, 5));

        assertThat(PolledFileEvents.changed(before, after))
                .as("changes")
                .containsExactlyInAnyOrder(rewritten, removed, added);
    }

    @Test
    void a_look_records_files_in_subfolders_and_sees_a_rewrite_of_the_same_size_by_its_time() throws IOException {
        Path file = root.resolve("java/lab/nplusone/OrderHistoryRepository.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class A {}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T10:00:00Z")));
        Map<Path, PolledFileEvents.Stamp> before = PolledFileEvents.look(root);

        Files.writeString(file, "class B {}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T10:00:01Z")));
        Map<Path, PolledFileEvents.Stamp> after = PolledFileEvents.look(root);

        assertThat(before).as("first look").containsOnlyKeys(file);
        assertThat(PolledFileEvents.changed(before, after)).as("changes").containsExactly(file);
    }

    @Test
    void a_folder_that_went_away_is_an_empty_look() {
        assertThat(PolledFileEvents.look(root.resolve("gone")))
                .as("look at a missing folder")
                .isEmpty();
    }
}
