package lab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import lab.grader.runner.ArchiveFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options that need no services are read, and refused with what to write instead, before any service starts. */
class LabSettingsTests {

    @TempDir
    Path root;

    @Test
    void defaults_apply_when_nothing_is_given() {
        LabSettings settings = LabSettings.from(properties());

        assertThat(settings.startupTimeout()).as("start-up timeout").isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.checkTimeout()).as("check timeout").isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.seed()).as("random seed").isPositive();
    }

    @Test
    void given_options_are_read() {
        LabSettings settings = LabSettings.from(
                properties("lab.seed", " 42 ", "lab.checkTimeout", "600", "lab.startupTimeout", "5", "kata", "01, 06"));

        assertThat(settings.seed()).as("seed").isEqualTo(42);
        assertThat(settings.checkTimeout()).as("check timeout").isEqualTo(Duration.ofSeconds(600));
        assertThat(settings.startupTimeout()).as("start-up timeout").isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.kataFilter()).as("katas").containsExactly("01", "06");
    }

    @Test
    void fast_start_takes_the_best_archive_by_default_and_can_be_narrowed_or_turned_off() {
        assertThat(LabSettings.from(properties()).fastStart())
                .as("default")
                .contains(ArchiveFormat.bestFor(Runtime.version()));
        assertThat(LabSettings.from(properties("lab.fastStart", "true")).fastStart())
                .as("true")
                .contains(ArchiveFormat.bestFor(Runtime.version()));
        assertThat(LabSettings.from(properties("lab.fastStart", "CDS")).fastStart())
                .as("CDS")
                .contains(ArchiveFormat.CLASS_DATA_SHARING);
        assertThat(LabSettings.from(properties("lab.fastStart", "false")).fastStart())
                .as("false")
                .isEmpty();
    }

    @Test
    void a_fast_start_that_is_no_choice_lists_the_choices() {
        assertThatThrownBy(() -> LabSettings.from(properties("lab.fastStart", "off")))
                .as("-Dlab.fastStart=off")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("-Dlab.fastStart=off is not a choice; use true")
                .hasMessageContaining("cds")
                .hasMessageContaining("false");
    }

    @Test
    void kata_jvm_options_are_split_at_white_space() {
        assertThat(LabSettings.from(properties()).kataJvmOptions())
                .as("default")
                .isEmpty();
        assertThat(LabSettings.from(properties("lab.kataJvmOptions", " -XX:-UsePerfData  -Xss512k "))
                        .kataJvmOptions())
                .as("two options")
                .containsExactly("-XX:-UsePerfData", "-Xss512k");
    }

    @Test
    void parallel_grading_is_one_kata_per_two_cores_by_default_and_can_be_set() {
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(LabSettings.from(properties()).parallel())
                .as("default on %d cores", cores)
                .isEqualTo(Math.clamp(cores / 2, 1, 4));
        assertThat(LabSettings.from(properties("lab.parallel", " 3 ")).parallel())
                .as("-Dlab.parallel=3")
                .isEqualTo(3);
    }

    @Test
    void a_parallel_count_out_of_range_says_what_to_give() {
        for (String value : new String[] {"0", "17", "two"}) {
            assertThatThrownBy(() -> LabSettings.from(properties("lab.parallel", value)))
                    .as("-Dlab.parallel=%s", value)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("-Dlab.parallel=" + value + " is not a number of katas to grade at once;"
                            + " give 1 to 16");
        }
    }

    @Test
    void a_seed_that_is_no_number_says_what_a_seed_is() {
        assertThatThrownBy(() -> LabSettings.from(properties("lab.seed", "abc")))
                .as("-Dlab.seed=abc")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("-Dlab.seed=abc is not a seed; use a whole number");
    }

    @Test
    void a_time_limit_must_be_whole_positive_seconds() {
        assertThatThrownBy(() -> LabSettings.from(properties("lab.checkTimeout", "30s")))
                .as("-Dlab.checkTimeout=30s")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("-Dlab.checkTimeout=30s is not a time limit; give whole seconds")
                .hasMessageContaining("-Dlab.checkTimeout=60");
        assertThatThrownBy(() -> LabSettings.from(properties("lab.startupTimeout", "0")))
                .as("-Dlab.startupTimeout=0")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("-Dlab.startupTimeout=0 is not a time limit");
    }

    @Test
    void an_unknown_service_mode_lists_the_modes() {
        assertThatThrownBy(() -> LabSettings.from(properties("lab.services", "podman")))
                .as("-Dlab.services=podman")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto, docker, embedded, external");
    }

    @Test
    void watch_is_off_unless_asked_for_and_reads_its_mode() {
        assertThat(LabSettings.from(properties("kata", "01")).watch())
                .as("absent")
                .isEqualTo(WatchMode.OFF);
        assertThat(LabSettings.from(properties("kata", "01", "lab.watch", "false"))
                        .watch())
                .as("-Dlab.watch=false")
                .isEqualTo(WatchMode.OFF);
        assertThat(LabSettings.from(properties("kata", "01", "lab.watch", "")).watch())
                .as("-Dlab.watch")
                .isEqualTo(WatchMode.EVENTS);
        assertThat(LabSettings.from(properties("kata", "01", "lab.watch", "true"))
                        .watch())
                .as("-Dlab.watch=true")
                .isEqualTo(WatchMode.EVENTS);
        assertThat(LabSettings.from(properties("kata", "01", "lab.watch", " Poll "))
                        .watch())
                .as("-Dlab.watch=poll")
                .isEqualTo(WatchMode.POLL);
    }

    @Test
    void an_unknown_watch_mode_names_the_two_there_are() {
        assertThatThrownBy(() -> LabSettings.from(properties("kata", "01", "lab.watch", "inotify")))
                .as("-Dlab.watch=inotify")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("-Dlab.watch=inotify is not a watch mode")
                .hasMessageContaining("-Dlab.watch=poll");
    }

    @Test
    void watch_needs_exactly_one_kata() {
        assertThatThrownBy(() -> LabSettings.from(properties("lab.watch", "")))
                .as("-Dlab.watch without -Dkata")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dlab.watch follows one kata, so name exactly one with -Dkata, e.g. ./mvnw test -Dkata=01"
                        + " -Dlab.watch.");
        assertThatThrownBy(() -> LabSettings.from(properties("lab.watch", "", "kata", "01,06")))
                .as("-Dlab.watch with two katas")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("(-Dkata=01,06 names several).");
    }

    @Test
    void watch_and_explore_are_refused_together() {
        assertThatThrownBy(() -> LabSettings.from(properties("lab.watch", "", "lab.explore", "", "kata", "01")))
                .as("-Dlab.watch -Dlab.explore")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("-Dlab.watch and -Dlab.explore do not go together");
    }

    @Test
    void a_kata_that_does_not_exist_is_refused_before_any_service_is_asked_for() throws IOException {
        Files.createDirectories(root.resolve("exercises/01-n-plus-one"));
        Files.writeString(root.resolve("exercises/01-n-plus-one/pom.xml"), "<project/>");
        // External mode without URLs fails as soon as the services are provisioned: the kata must be refused first.
        LabSettings settings = LabSettings.from(properties("kata", "nope", "lab.services", "external"));

        assertThatThrownBy(() -> Lab.open(settings, Map.of(), new Properties()))
                .as("Lab.open with -Dkata=nope")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("-Dkata=nope names no kata in exercises/")
                .hasMessageContaining("01-n-plus-one");
    }

    private Properties properties(String... pairs) {
        Properties properties = new Properties();
        properties.setProperty("lab.root", root.toString());
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }
}
