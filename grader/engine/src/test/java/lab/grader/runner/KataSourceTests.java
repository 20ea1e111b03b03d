package lab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KataSourceTests {

    private final KataSource kata = KataSource.of("exercises", Path.of("/lab/exercises/01-n-plus-one"));

    @Test
    void the_slug_is_the_folder_name_without_its_number() {
        assertThat(kata.slug()).as("slug").isEqualTo("n-plus-one");
    }

    @Test
    void the_number_keeps_its_leading_zero() {
        assertThat(kata.number()).as("number").isEqualTo("01");
    }

    @Test
    void the_id_is_the_folder_name() {
        assertThat(kata.id()).as("id").isEqualTo("01-n-plus-one");
    }

    @Test
    void sources_and_classpath_live_in_the_maven_layout() {
        Path module = Path.of("/lab/exercises/01-n-plus-one");

        assertThat(kata.sourceDir()).as("source folder").isEqualTo(module.resolve("src/main/java"));
        assertThat(kata.resourceDir()).as("resource folder").isEqualTo(module.resolve("src/main/resources"));
        assertThat(kata.classpathFile()).as("classpath file").isEqualTo(module.resolve("target/lab-classpath.txt"));
    }
}
