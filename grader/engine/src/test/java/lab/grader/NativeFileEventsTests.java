package lab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file system's own events reach the watch, from every folder of the tree. The waits are bounds, long enough for
 * the slowest machine; the tests pass as soon as the events arrive and never measure how long that took.
 */
class NativeFileEventsTests {

    private static final long PATIENCE = Duration.ofSeconds(30).toNanos();

    @TempDir
    Path root;

    @Test
    void a_file_written_in_a_subfolder_is_reported() throws IOException, InterruptedException {
        Path file = root.resolve("java/lab/nplusone/OrderHistoryRepository.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class A {}");
        try (NativeFileEvents events = new NativeFileEvents(root)) {
            Files.writeString(file, "class B {}");

            assertThat(awaitFile(events, file)).as("events until the file").contains(file);
        }
    }

    @Test
    void files_in_a_folder_created_while_watching_are_reported() throws IOException, InterruptedException {
        try (NativeFileEvents events = new NativeFileEvents(root)) {
            Path file = root.resolve("resources/db/migration/V2__index.sql");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "create index on orders (customer_id);");

            assertThat(awaitFile(events, file)).as("events until the file").contains(file);
        }
    }

    private static List<Path> awaitFile(NativeFileEvents events, Path file) throws InterruptedException {
        List<Path> seen = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE;
        while (!seen.contains(file) && System.nanoTime() < deadline) {
            seen.addAll(events.poll(deadline - System.nanoTime()));
        }
        return seen;
    }
}
