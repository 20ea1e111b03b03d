package lab.writebehindcounters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Count page views in Redis now, and write them to PostgreSQL in one statement later.
 *
 * <p>A view is one {@code HINCRBY counters:pending <id> 1}. A flush renames the pending hash to a batch of its own
 * (atomic: views that come during the flush go to a new pending hash), applies the batch in one transaction that also
 * records its id, and deletes it. A batch left behind by a process that died mid-flush is found by the next flush and
 * applied then, once: its id is recorded in the same transaction as its counts.
 */
@Service
class ViewCounter {

    static final String PENDING = "counters:pending";
    static final String BATCH_PREFIX = "counters:batch:";

    private final StringRedisTemplate redis;
    private final ViewRepository views;
    private final TransactionTemplate transaction;

    ViewCounter(StringRedisTemplate redis, ViewRepository views, TransactionTemplate transaction) {
        this.redis = redis;
        this.views = views;
        this.transaction = transaction;
    }

    // Known-bad: read, add one, write back. Two views of one product at the same moment both read n and write n + 1.
    void record(long productId) {
        String field = String.valueOf(productId);
        redis.opsForHash().put(PENDING, field, String.valueOf(count(PENDING, field) + 1));
    }

    /** The database's count, plus what waits in Redis: pending, and batches not applied yet. */
    ProductStats stats(long productId) {
        long stored = views.views(productId).orElseThrow(() -> new ProductNotFoundException(productId));
        String field = String.valueOf(productId);
        long waiting = count(PENDING, field);
        for (String batch : batches()) {
            if (!views.applied(batchId(batch))) {
                waiting += count(batch, field);
            }
        }
        return new ProductStats(productId, stored + waiting);
    }

    @Scheduled(fixedDelayString = "${counters.flush-interval}", initialDelayString = "${counters.flush-interval}")
    void flushOnSchedule() {
        flush();
    }

    /** Apply batches left by a flush that died first, then the pending counts. */
    FlushResult flush() {
        FlushResult total = FlushResult.NOTHING;
        for (String orphan : batches()) {
            total = total.plus(apply(orphan));
        }
        String batch = BATCH_PREFIX + UUID.randomUUID();
        // RENAME fails when there is nothing pending: then there is nothing to flush.
        if (Boolean.TRUE.equals(redis.hasKey(PENDING)) && renamed(batch)) {
            total = total.plus(apply(batch));
        }
        return total;
    }

    private boolean renamed(String batch) {
        try {
            redis.rename(PENDING, batch);
            return true;
        } catch (RuntimeException e) {
            // The other instance renamed it between our look and our rename.
            return false;
        }
    }

    private FlushResult apply(String batch) {
        Map<Object, Object> counts = redis.opsForHash().entries(batch);
        List<Long> ids = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        long sum = 0;
        for (Map.Entry<Object, Object> entry : counts.entrySet()) {
            ids.add(Long.parseLong((String) entry.getKey()));
            long delta = Long.parseLong((String) entry.getValue());
            deltas.add(delta);
            sum += delta;
        }
        long views = sum;
        boolean appliedNow = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!this.views.markApplied(batchId(batch), ids.size(), views)) {
                return false;
            }
            this.views.addAll(ids.toArray(Long[]::new), deltas.toArray(Long[]::new));
            return true;
        }));
        redis.delete(batch);
        return appliedNow ? new FlushResult(ids.size(), views) : FlushResult.NOTHING;
    }

    private List<String> batches() {
        List<String> found = new ArrayList<>();
        try (Cursor<String> keys = redis.scan(
                ScanOptions.scanOptions().match(BATCH_PREFIX + "*").count(100).build())) {
            keys.forEachRemaining(found::add);
        }
        return found;
    }

    private long count(String key, String field) {
        Object value = redis.opsForHash().get(key, field);
        return value == null ? 0 : Long.parseLong((String) value);
    }

    private static String batchId(String batch) {
        return batch.substring(BATCH_PREFIX.length());
    }
}
