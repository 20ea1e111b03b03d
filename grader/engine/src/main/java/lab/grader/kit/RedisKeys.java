package lab.grader.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lab.grader.model.KataRun;

/**
 * Look at the keys a kata keeps in Redis. Inspecting keys ({@code TTL}) moves Redis' hit counters, so take any
 * {@link Measured} figures first.
 */
public final class RedisKeys {

    private RedisKeys() {}

    /** What an action left in Redis that was not there before it, with its answer. */
    public record Created<T>(T value, List<String> keys) {}

    /** Run the action and return the keys that exist afterwards and did not before. */
    public static <T> Created<T> createdBy(KataRun kata, Measured.Action<T> action) throws Exception {
        Set<String> before = new TreeSet<>(kata.redis().keys());
        T value = action.run();
        List<String> created = new ArrayList<>(kata.redis().keys());
        created.removeAll(before);
        return new Created<>(value, List.copyOf(created));
    }

    /** The time to live of each key, in seconds (-1: never expires), in key order. */
    public static Map<String, Long> ttls(KataRun kata, List<String> keys) {
        Map<String, Long> ttls = new LinkedHashMap<>();
        keys.forEach(key -> ttls.put(key, kata.redis().ttlSeconds(key)));
        return ttls;
    }

    /** List keys for a message: at most {@code limit}, then how many more. */
    public static String describe(List<String> keys, int limit) {
        if (keys.isEmpty()) {
            return "none";
        }
        String shown = String.join(", ", keys.subList(0, Math.min(limit, keys.size())));
        return keys.size() <= limit ? shown : shown + " and " + (keys.size() - limit) + " more";
    }
}
