package lab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which archive a JVM gets, and how its refusal is recognised in a kata's log. */
class ArchiveFormatTests {

    @Test
    void jdk_25_and_later_get_the_aot_cache_and_older_ones_class_data_sharing() {
        assertThat(ArchiveFormat.bestFor(Runtime.Version.parse("21.0.8")))
                .as("JDK 21")
                .isEqualTo(ArchiveFormat.CLASS_DATA_SHARING);
        assertThat(ArchiveFormat.bestFor(Runtime.Version.parse("24.0.2")))
                .as("JDK 24")
                .isEqualTo(ArchiveFormat.CLASS_DATA_SHARING);
        assertThat(ArchiveFormat.bestFor(Runtime.Version.parse("25.0.3")))
                .as("JDK 25")
                .isEqualTo(ArchiveFormat.AOT_CACHE);
        assertThat(ArchiveFormat.bestFor(Runtime.Version.parse("26")))
                .as("JDK 26")
                .isEqualTo(ArchiveFormat.AOT_CACHE);
    }

    @Test
    void a_refused_aot_cache_is_recognised_in_the_log_of_jdk_25() {
        // What JDK 25.0.3 prints for an AOT cache written with other heap settings.
        String log = """
                [0.007s][warning][aot] Unable to use AOT cache.
                [0.007s][error  ][aot] An error has occurred while processing the AOT cache. Run with -Xlog:aot for details.
                [0.007s][error  ][aot] Loading static archive failed.
                """;

        assertThat(ArchiveFormat.AOT_CACHE.refusedIn(log))
                .as("refused, for the AOT cache")
                .isTrue();
        assertThat(ArchiveFormat.CLASS_DATA_SHARING.refusedIn(log))
                .as("refused, for class-data sharing")
                .isFalse();
    }

    @Test
    void a_refused_class_data_sharing_archive_is_recognised() {
        String log = "[0.010s][warning][cds] shared class paths mismatch (hint: enable -Xlog:class+path=info)";

        assertThat(ArchiveFormat.CLASS_DATA_SHARING.refusedIn(log))
                .as("refused")
                .isTrue();
        assertThat(ArchiveFormat.AOT_CACHE.refusedIn(log))
                .as("refused, for the AOT cache")
                .isFalse();
    }

    @Test
    void a_kata_that_started_normally_refused_nothing() {
        String log = "2026-12-02T02:30:47.152-03:30  INFO 2401 --- [n-plus-one] [main] lab.nplusone.NPlusOneApplication"
                + " : Started NPlusOneApplication in 3.473 seconds (process running for 4.273)";

        for (ArchiveFormat format : ArchiveFormat.values()) {
            assertThat(format.refusedIn(log)).as(format + " refused").isFalse();
        }
    }
}
