package lab.grader.probes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import lab.grader.services.RedisConnections;
import lab.grader.services.RedisEndpoint;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Observe Redis from the server side: command counts, keyspace hits and misses, keys and their TTLs. Counters are
 * server-wide, so snapshots are taken before the grader inspects keys, and each kata starts on a flushed database.
 */
public final class RedisProbe implements AutoCloseable {

    private final RedisEndpoint endpoint;
    private Jedis jedis;

    public RedisProbe(RedisEndpoint redis) {
        this.endpoint = redis;
        this.jedis = RedisConnections.open(redis);
    }

    // Redis may have been restarted by a check (RedisControl): reconnect once rather than fail every later kata.
    private synchronized <T> T call(Function<Jedis, T> command) {
        try {
            return command.apply(jedis);
        } catch (JedisConnectionException e) {
            jedis.close();
            jedis = RedisConnections.open(endpoint);
            return command.apply(jedis);
        }
    }

    public RedisSnapshot snapshot() {
        return call(j -> RedisSnapshot.parse(j.info("commandstats"), j.info("stats")));
    }

    /** An action against the kata whose Redis work is measured. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    public RedisActivity measure(Action action) throws Exception {
        RedisSnapshot before = snapshot();
        action.run();
        return RedisActivity.between(before, snapshot());
    }

    /** Empty the lab's logical database and reset the server's counters, so a kata's counts are its own. */
    public void reset() {
        call(Jedis::flushDB);
        try {
            call(Jedis::configResetStat);
        } catch (JedisDataException e) {
            // A managed Redis may forbid CONFIG; every figure is a difference between snapshots anyway.
        }
    }

    /** Empty the lab's logical database, leaving a shared Redis as the run found it. */
    public void flush() {
        call(Jedis::flushDB);
    }

    public List<String> keys() {
        return call(j -> {
            List<String> keys = new ArrayList<>();
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = j.scan(cursor, new ScanParams().count(1000));
                keys.addAll(page.getResult());
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            return keys.stream().sorted().toList();
        });
    }

    /** Return the time to live in seconds: -1 when the key never expires, -2 when it does not exist. */
    public long ttlSeconds(String key) {
        return call(j -> j.ttl(key));
    }

    /** Return the key's type as Redis names it: string, set, hash, list, zset, stream, or none. */
    public String type(String key) {
        return call(j -> j.type(key));
    }

    public void delete(List<String> keys) {
        if (!keys.isEmpty()) {
            call(j -> j.del(keys.toArray(String[]::new)));
        }
    }

    @Override
    public synchronized void close() {
        jedis.close();
    }
}
