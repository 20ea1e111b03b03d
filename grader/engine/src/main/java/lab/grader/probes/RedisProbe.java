package lab.grader.probes;

import java.util.ArrayList;
import java.util.List;

import lab.grader.services.RedisConnections;
import lab.grader.services.RedisEndpoint;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Observe Redis from the server side: command counts, keyspace hits and misses, keys and their TTLs. Counters are
 * server-wide, so snapshots are taken before the grader inspects keys, and each kata starts on a flushed database.
 */
public final class RedisProbe implements AutoCloseable {

    private final Jedis jedis;

    public RedisProbe(RedisEndpoint redis) {
        this.jedis = RedisConnections.open(redis);
    }

    public synchronized RedisSnapshot snapshot() {
        return RedisSnapshot.parse(jedis.info("commandstats"), jedis.info("stats"));
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
    public synchronized void reset() {
        jedis.flushDB();
        try {
            jedis.configResetStat();
        } catch (RuntimeException e) {
            // A managed Redis may forbid CONFIG; every figure is a difference between snapshots anyway.
        }
    }

    /** Empty the lab's logical database, leaving a shared Redis as the run found it. */
    public synchronized void flush() {
        jedis.flushDB();
    }

    public synchronized List<String> keys() {
        List<String> keys = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = jedis.scan(cursor, new ScanParams().count(1000));
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return keys.stream().sorted().toList();
    }

    /** Return the time to live in seconds: -1 when the key never expires, -2 when it does not exist. */
    public synchronized long ttlSeconds(String key) {
        return jedis.ttl(key);
    }

    public synchronized void delete(List<String> keys) {
        if (!keys.isEmpty()) {
            jedis.del(keys.toArray(String[]::new));
        }
    }

    @Override
    public synchronized void close() {
        jedis.close();
    }
}
