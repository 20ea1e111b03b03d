package lab.grader.probes;

import java.util.HashMap;
import java.util.Map;

/** Hold Redis's server-side counters at one moment: calls per command and keyspace hits and misses. */
public record RedisSnapshot(Map<String, Long> calls, long keyspaceHits, long keyspaceMisses) {

    static RedisSnapshot parse(String commandStats, String stats) {
        Map<String, Long> calls = new HashMap<>();
        for (String line : commandStats.split("\r?\n")) {
            // cmdstat_get:calls=10,usec=52,usec_per_call=5.20,rejected_calls=0,failed_calls=0
            if (line.startsWith("cmdstat_")) {
                String command = line.substring("cmdstat_".length(), line.indexOf(':'));
                String fields = line.substring(line.indexOf(':') + 1);
                for (String field : fields.split(",")) {
                    if (field.startsWith("calls=")) {
                        calls.put(command, Long.parseLong(field.substring("calls=".length())));
                    }
                }
            }
        }
        return new RedisSnapshot(calls, field(stats, "keyspace_hits"), field(stats, "keyspace_misses"));
    }

    private static long field(String info, String name) {
        for (String line : info.split("\r?\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).strip());
            }
        }
        return 0;
    }
}
