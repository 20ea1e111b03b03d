package lab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KataCatalogTests {

    @TempDir
    Path root;

    @BeforeEach
    void createTree() throws IOException {
        kata("10-cache-aside");
        kata("01-n-plus-one");
        kata("02-batch-inserts");
        Files.createDirectories(root.resolve("exercises/03-no-pom-yet/src"));
        kata("notes");
        kata("4-one-digit");
        kata("05-Upper-Case");
        Files.writeString(root.resolve("exercises/06-a-file"), "not a folder");
    }

    @Test
    void numbered_folders_with_a_pom_are_katas_in_order() {
        List<KataSource> katas = KataCatalog.find(root, "exercises", List.of());

        assertThat(katas)
                .extracting(KataSource::id)
                .as("katas found")
                .containsExactly("01-n-plus-one", "02-batch-inserts", "10-cache-aside");
    }

    @Test
    void a_kata_knows_its_tree_and_folder() {
        KataSource kata = KataCatalog.find(root, "exercises", List.of("01")).getFirst();

        assertThat(kata.tree()).as("tree").isEqualTo("exercises");
        assertThat(kata.moduleDir()).as("module folder").isEqualTo(root.resolve("exercises/01-n-plus-one"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"n-plus-one", "01", "1", "01-n-plus-one", " N-Plus-One "})
    void a_kata_is_found_by_slug_number_or_folder_name(String wanted) {
        List<KataSource> katas = KataCatalog.find(root, "exercises", List.of(wanted));

        assertThat(katas)
                .extracting(KataSource::id)
                .as("katas for -Dkata=%s", wanted)
                .containsExactly("01-n-plus-one");
    }

    @Test
    void several_names_keep_their_order_and_name_each_kata_once() {
        List<KataSource> katas =
                KataCatalog.find(root, "exercises", List.of("cache-aside", "1", "10", "n-plus-one", "02"));

        assertThat(katas)
                .extracting(KataSource::id)
                .as("katas for -Dkata=cache-aside,1,10,n-plus-one,02")
                .containsExactly("10-cache-aside", "01-n-plus-one", "02-batch-inserts");
    }

    @Test
    void an_unknown_name_lists_the_katas_there_are() {
        assertThatThrownBy(() -> KataCatalog.find(root, "exercises", List.of("n-plus-one", "sharding")))
                .as("-Dkata naming no kata")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("-Dkata=sharding names no kata in exercises/")
                .hasMessageEndingWith("01-n-plus-one, 02-batch-inserts, 10-cache-aside");
    }

    @Test
    void a_missing_tree_says_where_it_looked() {
        assertThatThrownBy(() -> KataCatalog.find(root, "solutions", List.of()))
                .as("tree without a folder")
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("No kata folder at " + root.resolve("solutions"));
    }

    private void kata(String folder) throws IOException {
        Path dir = Files.createDirectories(root.resolve("exercises").resolve(folder));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
    }
}
