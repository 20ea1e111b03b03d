package lab.probe;

import java.sql.Connection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.proxy.ProxyJdbcObject;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Count how the kata uses its database connections, whatever its pool: how many it holds and waits for now, the most
 * at once since the last reset, and how long each was held, from {@code getConnection} to {@code close}, in an
 * HdrHistogram. A connection kept across a slow remote call shows as a hold as long as the call.
 */
final class ConnectionCounters implements MethodExecutionListener {

    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger peakPending = new AtomicInteger();
    private final AtomicInteger peakActive = new AtomicInteger();
    private final LongAdder acquired = new LongAdder();
    // The connection the pool handed out (not the probe's proxy of it), by identity, to when it was handed out.
    private final Map<Object, Long> heldSince = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Recorder holds = new Recorder(3);
    private final Histogram held = new Histogram(3);

    @Override
    public void beforeMethod(MethodExecutionContext context) {
        if (isGetConnection(context)) {
            peakPending.accumulateAndGet(pending.incrementAndGet(), Math::max);
        }
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
        if (isGetConnection(context)) {
            pending.decrementAndGet();
            if (context.getThrown() == null && context.getResult() != null) {
                acquired.increment();
                peakActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                heldSince.put(unwrapped(context.getResult()), System.nanoTime());
            }
        } else if (context.getTarget() instanceof Connection connection
                && context.getMethod().getName().equals("close")) {
            Long since = heldSince.remove(unwrapped(connection));
            if (since != null) {
                active.decrementAndGet();
                holds.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - since)));
            }
        }
    }

    private static boolean isGetConnection(MethodExecutionContext context) {
        return context.getTarget() instanceof DataSource
                && context.getMethod().getName().equals("getConnection");
    }

    private static Object unwrapped(Object connection) {
        return connection instanceof ProxyJdbcObject proxy ? proxy.getTarget() : connection;
    }

    synchronized Properties snapshot() {
        held.add(holds.getIntervalHistogram());
        Properties properties = new Properties();
        properties.setProperty("acquired", acquired.toString());
        properties.setProperty("active", String.valueOf(active.get()));
        properties.setProperty("pending", String.valueOf(pending.get()));
        properties.setProperty("peakActive", String.valueOf(peakActive.get()));
        properties.setProperty("peakPending", String.valueOf(peakPending.get()));
        properties.setProperty("held.count", String.valueOf(held.getTotalCount()));
        properties.setProperty("held.p50Micros", String.valueOf(held.getValueAtPercentile(50)));
        properties.setProperty("held.p95Micros", String.valueOf(held.getValueAtPercentile(95)));
        properties.setProperty("held.p99Micros", String.valueOf(held.getValueAtPercentile(99)));
        properties.setProperty("held.maxMicros", String.valueOf(held.getMaxValue()));
        return properties;
    }

    /**
     * Count afresh: the peaks start from what is held and awaited now; connections held across the reset are
     * timed when they close, in full.
     */
    synchronized void reset() {
        holds.reset();
        held.reset();
        acquired.reset();
        peakPending.set(pending.get());
        peakActive.set(active.get());
    }
}
