package lab.writebehindcounters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Known-bad: views are counted in a map inside the JVM and written in one statement per flush. Fast, but a view
 * accepted by an instance that dies before its flush is gone, and the other instance never sees it.
 */
@Service
class ViewCounter {

    private final ViewRepository views;
    private final TransactionTemplate transaction;
    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

    ViewCounter(ViewRepository views, TransactionTemplate transaction) {
        this.views = views;
        this.transaction = transaction;
    }

    void record(long productId) {
        pending.computeIfAbsent(productId, id -> new LongAdder()).increment();
    }

    ProductStats stats(long productId) {
        long stored = views.views(productId).orElseThrow(() -> new ProductNotFoundException(productId));
        LongAdder waiting = pending.get(productId);
        return new ProductStats(productId, stored + (waiting == null ? 0 : waiting.sum()));
    }

    @Scheduled(fixedDelayString = "${counters.flush-interval}", initialDelayString = "${counters.flush-interval}")
    void flushOnSchedule() {
        flush();
    }

    synchronized FlushResult flush() {
        List<Long> ids = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        long sum = 0;
        for (Long id : List.copyOf(pending.keySet())) {
            long delta = pending.remove(id).sum();
            ids.add(id);
            deltas.add(delta);
            sum += delta;
        }
        if (ids.isEmpty()) {
            return FlushResult.NOTHING;
        }
        transaction.executeWithoutResult(status -> views.addAll(ids.toArray(Long[]::new), deltas.toArray(Long[]::new)));
        return new FlushResult(ids.size(), sum);
    }
}
