package lab.grader.kit;

import java.util.LinkedHashMap;
import java.util.Map;
import lab.grader.model.KataRun;
import lab.grader.probes.RedisActivity;
import lab.grader.probes.RedisSnapshot;
import lab.grader.probes.SqlSnapshot;

/**
 * What an action against a kata answered, and the work it cost: the SQL of every instance (from the probes) and the
 * Redis commands, hits and misses (from the server).
 */
public record Measured<T>(T value, SqlSnapshot sql, RedisActivity redis) {

    /** An action against the kata that answers something, e.g. the JSON of a request. */
    @FunctionalInterface
    public interface Action<T> {
        T run() throws Exception;
    }

    /** Run the action and measure its SQL and Redis work. */
    public static <T> Measured<T> around(KataRun kata, Action<T> action) throws Exception {
        RedisSnapshot before = kata.redis().snapshot();
        kata.sql().reset();
        T value = action.run();
        SqlSnapshot sql = kata.sql().snapshot();
        return new Measured<>(
                value, sql, RedisActivity.between(before, kata.redis().snapshot()));
    }

    /** Both measurements as report metrics, each name after the prefix, e.g. {@code warmReads.statements}. */
    public Map<String, Object> metrics(String prefix) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        sql.metrics().forEach((name, value) -> metrics.put(prefix + "." + name, value));
        redis.metrics().forEach((name, value) -> metrics.put(prefix + "." + name, value));
        return metrics;
    }
}
