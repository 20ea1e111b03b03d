package lab.grader.probes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Show what Redis did between two snapshots: commands by name, keyspace hits and misses. The grader's own
 * {@code INFO} calls are left out.
 */
public record RedisActivity(Map<String, Long> commands, long hits, long misses) {

    public static RedisActivity between(RedisSnapshot before, RedisSnapshot after) {
        Map<String, Long> commands = new TreeMap<>();
        after.calls().forEach((command, calls) -> {
            long delta = calls - before.calls().getOrDefault(command, 0L);
            if (delta > 0 && !command.equals("info")) {
                commands.put(command, delta);
            }
        });
        return new RedisActivity(
                commands,
                after.keyspaceHits() - before.keyspaceHits(),
                after.keyspaceMisses() - before.keyspaceMisses());
    }

    public long calls(String command) {
        return commands.getOrDefault(command, 0L);
    }

    public long totalCommands() {
        return commands.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Describe the activity for a failure message, e.g. "GET x 11, SET x 1; 10 keyspace hits, 1 misses". */
    public String describe() {
        if (commands.isEmpty()) {
            return "no Redis commands at all";
        }
        StringBuilder text = new StringBuilder();
        commands.forEach((command, calls) -> text.append(text.isEmpty() ? "" : ", ")
                .append(command.toUpperCase())
                .append(" x ")
                .append(calls));
        return text + "; " + hits + " keyspace hits, " + misses + " misses";
    }

    public Map<String, Object> metrics() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("redisCommands", totalCommands());
        commands.forEach((command, calls) -> metrics.put("redis." + command, calls));
        metrics.put("keyspaceHits", hits);
        metrics.put("keyspaceMisses", misses);
        return metrics;
    }
}
