package lab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KataProcessTests {

    @TempDir
    Path dir;

    @Test
    void tail_returns_the_last_lines() throws IOException {
        Path log = log(100, "line ");

        assertThat(KataProcess.tail(log, 3)).as("last 3 lines").isEqualTo("line 98\nline 99\nline 100");
    }

    @Test
    void tail_of_a_short_log_returns_all_of_it() throws IOException {
        Path log = log(2, "line ");

        assertThat(KataProcess.tail(log, 40)).as("tail of a 2-line log").isEqualTo("line 1\nline 2");
    }

    @Test
    void tail_of_a_large_log_reads_only_its_end() throws IOException {
        Path log = log(10_000, "a fairly long log line from a kata that talks a lot, number ");

        String tail = KataProcess.tail(log, 40);

        assertThat(tail.lines()).as("lines of the tail").hasSize(40);
        assertThat(tail)
                .as("tail")
                .startsWith("a fairly long log line from a kata that talks a lot, number 9961\n")
                .endsWith("number 10000");
    }

    @Test
    void tail_of_a_missing_log_is_empty() {
        assertThat(KataProcess.tail(dir.resolve("never-written.log"), 40))
                .as("tail of a missing log")
                .isEmpty();
    }

    private Path log(int lines, String prefix) throws IOException {
        Path file = dir.resolve("kata.log");
        Files.writeString(
                file,
                IntStream.rangeClosed(1, lines).mapToObj(i -> prefix + i).collect(Collectors.joining("\n", "", "\n")));
        return file;
    }
}
