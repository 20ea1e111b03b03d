package lab.grader.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lab.grader.model.KataRun;
import lab.grader.probes.RedisActivity;
import lab.grader.probes.RedisSnapshot;

/**
 * The rule "every key the service writes expires", over every key in the kata's Redis, looked at after each step of
 * a script (reads, updates, evictions): a key that is written without an expiry and later rewritten with one still
 * counts. Each offending key is named with the step after which it first had no expiry (or one too long), the
 * commands Redis ran in that step, and its type.
 */
public final class ExpiryAudit {

    /** One look at the keys after a step: their TTLs in seconds (-1: none) and types, and what Redis ran. */
    record Look(String step, String commands, Map<String, Long> ttls, Map<String, String> types) {}

    private final long maxTtlSeconds;
    private final List<Look> looks = new ArrayList<>();

    public ExpiryAudit(long maxTtlSeconds) {
        this.maxTtlSeconds = maxTtlSeconds;
    }

    /** Look at every key before the script starts, so keys written earlier are told apart. */
    public void before(KataRun kata) {
        look(kata, "", "");
    }

    /** Run a step of the script, then look at every key. */
    public <T> T step(KataRun kata, String step, Measured.Action<T> action) throws Exception {
        RedisSnapshot before = kata.redis().snapshot();
        T value = action.run();
        RedisActivity activity = RedisActivity.between(before, kata.redis().snapshot());
        look(kata, step, commands(activity));
        return value;
    }

    /** The commands by name, e.g. "GET x 1, SET x 1", or "no command". */
    static String commands(RedisActivity activity) {
        if (activity.commands().isEmpty()) {
            return "no command";
        }
        List<String> calls = new ArrayList<>();
        activity.commands().forEach((command, count) -> calls.add(command.toUpperCase(Locale.ROOT) + " x " + count));
        return String.join(", ", calls);
    }

    private void look(KataRun kata, String step, String commands) {
        List<String> keys = kata.redis().keys();
        Map<String, Long> ttls = RedisKeys.ttls(kata, keys);
        Map<String, String> types = new LinkedHashMap<>();
        ttls.forEach((key, ttl) -> {
            if (!within(ttl)) {
                types.put(key, kata.redis().type(key));
            }
        });
        looks.add(new Look(step, commands, ttls, types));
    }

    /** How many keys were looked at, over all looks (the same key counted once per look). */
    public int keysLookedAt() {
        return looks.stream().mapToInt(look -> look.ttls().size()).sum();
    }

    /** Describe each key that had no expiry, or one above the maximum, after some step; empty when none did. */
    public List<String> offenders() {
        return offenders(looks, maxTtlSeconds);
    }

    static List<String> offenders(List<Look> looks, long maxTtlSeconds) {
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < looks.size(); i++) {
            Look look = looks.get(i);
            boolean first = i == 0 && look.step().isEmpty();
            for (Map.Entry<String, Long> key : look.ttls().entrySet()) {
                long ttl = key.getValue();
                if (found.containsKey(key.getKey()) || within(ttl, maxTtlSeconds)) {
                    continue;
                }
                String type = look.types().getOrDefault(key.getKey(), "");
                String what = key.getKey() + " (" + describeType(type) + ") "
                        + (ttl == -1 ? "has no expiry" : "expires only in " + ttl + " s");
                found.put(
                        key.getKey(),
                        first
                                ? what + " already when the script began: an earlier request wrote it"
                                : what + " after " + look.step() + " (Redis ran " + look.commands() + ")");
            }
        }
        return List.copyOf(found.values());
    }

    private boolean within(long ttl) {
        return within(ttl, maxTtlSeconds);
    }

    // -2: the key went away between SCAN and TTL, which is no breach of the rule.
    private static boolean within(long ttl, long maxTtlSeconds) {
        return ttl == -2 || (ttl >= 1 && ttl <= maxTtlSeconds) || ttl == 0;
    }

    static String describeType(String type) {
        return switch (type) {
            case "string" -> "a string, written with SET or the like";
            case "set" -> "a set, written with SADD";
            case "hash" -> "a hash, written with HSET";
            case "list" -> "a list, written with LPUSH or RPUSH";
            case "zset" -> "a sorted set, written with ZADD";
            case "stream" -> "a stream, written with XADD";
            case "" -> "type unknown";
            default -> "a " + type;
        };
    }
}
