package lab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KataCompilerTests {

    private static final String VALID = """
            package lab.demo;

            class Greeting {
                String text() {
                    return "hello";
                }
            }
            """;

    private static final String MISSING_SEMICOLON = """
            package lab.demo;

            class Greeting {
                String text() {
                    return "hello"
                }
            }
            """;

    @TempDir
    Path root;

    private Path module;
    private Path output;
    private KataSource kata;

    @BeforeEach
    void createModule() throws IOException {
        module = Files.createDirectories(root.resolve("exercises/01-demo"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Files.createDirectories(module.resolve("target"));
        Files.writeString(module.resolve("target/lab-classpath.txt"), "");
        Files.createDirectories(module.resolve("src/main/java/lab/demo"));
        output = root.resolve("grader/target/lab/01-demo/classes");
        kata = KataSource.of("exercises", module);
    }

    @Test
    void a_valid_kata_compiles_into_the_output_folder() throws IOException {
        source(VALID);

        CompileOutcome outcome = KataCompiler.compile(kata, output);

        assertThat(outcome.errors()).as("compiler errors").isEmpty();
        assertThat(outcome.compiled()).as("compiled").isTrue();
        assertThat(outcome.classesDir()).as("classes folder").isEqualTo(output);
        assertThat(output.resolve("lab/demo/Greeting.class"))
                .as("compiled class")
                .isRegularFile();
        assertThat(outcome.dependencies())
                .as("dependencies from an empty classpath file")
                .isEmpty();
    }

    @Test
    void a_missing_semicolon_is_reported_with_file_and_line() throws IOException {
        source(MISSING_SEMICOLON);

        CompileOutcome outcome = KataCompiler.compile(kata, output);

        assertThat(outcome.compiled()).as("compiled").isFalse();
        assertThat(outcome.firstError())
                .as("first error")
                .startsWith("src/main/java/lab/demo/Greeting.java:5: ")
                .contains("';' expected");
    }

    @Test
    void a_missing_classpath_file_says_to_run_maven() throws IOException {
        source(VALID);
        Files.delete(module.resolve("target/lab-classpath.txt"));

        CompileOutcome outcome = KataCompiler.compile(kata, output);

        assertThat(outcome.compiled()).as("compiled").isFalse();
        assertThat(outcome.firstError())
                .as("error")
                .contains("01-demo")
                .contains(module.resolve("target/lab-classpath.txt") + " is missing")
                .contains("./mvnw test");
    }

    @Test
    void a_kata_without_sources_is_not_compiled() {
        CompileOutcome outcome = KataCompiler.compile(kata, output);

        assertThat(outcome.compiled()).as("compiled").isFalse();
        assertThat(outcome.firstError()).as("error").startsWith("No Java sources found under");
    }

    @Test
    void classes_of_an_earlier_run_are_removed() throws IOException {
        source(VALID);
        Path stale = Files.createDirectories(output.resolve("lab/demo")).resolve("Removed.class");
        Files.writeString(stale, "stale");

        KataCompiler.compile(kata, output);

        assertThat(stale).as("class of a deleted source").doesNotExist();
    }

    @Test
    void the_learner_folder_is_left_as_it_was() throws IOException {
        source(VALID);
        Map<String, String> before = contents(module);

        KataCompiler.compile(kata, output);

        assertThat(contents(module))
                .as("files and contents of the learner's module after compiling")
                .isEqualTo(before);
    }

    @Test
    void a_failed_compile_leaves_the_learner_folder_as_it_was() throws IOException {
        source(MISSING_SEMICOLON);
        Map<String, String> before = contents(module);

        KataCompiler.compile(kata, output);

        assertThat(contents(module))
                .as("files and contents of the learner's module after a failed compile")
                .isEqualTo(before);
    }

    private void source(String text) throws IOException {
        Files.writeString(module.resolve("src/main/java/lab/demo/Greeting.java"), text);
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                files.put(dir.relativize(path).toString(), Files.isRegularFile(path) ? Files.readString(path) : "/");
            }
        }
        return files;
    }
}
