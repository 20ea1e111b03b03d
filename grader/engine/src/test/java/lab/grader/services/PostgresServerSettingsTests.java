package lab.grader.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresServerSettingsTests {

    @Test
    void deterministic_settings_switch_off_what_makes_measurements_vary() {
        Map<String, String> settings = PostgresServerSettings.deterministic();

        assertThat(settings)
                .as("server settings")
                .contains(
                        entry("fsync", "off"),
                        entry("synchronous_commit", "off"),
                        entry("full_page_writes", "off"),
                        entry("autovacuum", "off"),
                        entry("jit", "off"),
                        entry("max_parallel_workers_per_gather", "0"),
                        entry("shared_preload_libraries", "pg_stat_statements"),
                        entry("pg_stat_statements.track", "all"));
    }

    @Test
    void deterministic_settings_keep_their_order() {
        assertThat(PostgresServerSettings.deterministic().keySet())
                .as("setting names, in command-line order")
                .startsWith("fsync", "synchronous_commit", "full_page_writes", "autovacuum", "jit");
    }

    @Test
    void per_database_settings_are_jit_and_parallel_workers_only() {
        assertThat(PostgresServerSettings.perDatabase())
                .as("per-database settings")
                .containsOnly(entry("jit", "off"), entry("max_parallel_workers_per_gather", "0"));
    }

    @Test
    void per_database_settings_agree_with_the_server_settings() {
        assertThat(PostgresServerSettings.deterministic())
                .as("server settings, which external mode cannot set")
                .containsAllEntriesOf(PostgresServerSettings.perDatabase());
    }
}
