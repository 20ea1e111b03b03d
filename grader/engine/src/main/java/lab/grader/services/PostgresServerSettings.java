package lab.grader.services;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * List the server settings that make measurements repeatable (see docs/grading-principles.md): no fsync waits, no
 * autovacuum or JIT changing plans and timings behind a check, no parallel workers, and pg_stat_statements loaded.
 */
public final class PostgresServerSettings {

    private PostgresServerSettings() {}

    public static Map<String, String> deterministic() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", "off");
        settings.put("synchronous_commit", "off");
        settings.put("full_page_writes", "off");
        settings.put("autovacuum", "off");
        settings.put("jit", "off");
        settings.put("max_parallel_workers_per_gather", "0");
        settings.put("shared_preload_libraries", "pg_stat_statements");
        settings.put("pg_stat_statements.track", "all");
        settings.put("max_connections", "200");
        return settings;
    }

    /** Return the settings an ordinary database owner can apply per database on a server the lab does not own. */
    public static Map<String, String> perDatabase() {
        return Map.of("jit", "off", "max_parallel_workers_per_gather", "0");
    }
}
