package lab.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Properties;

/**
 * Read the kata's live platform threads, and the most it had at once since the last reset, from the JVM's own
 * counts: exact, without sampling, and blind to virtual threads by the JVM's definition. A burst served on virtual
 * threads barely moves the peak; one served by a pool of platform threads raises it by the pool's growth.
 */
final class ThreadCounters {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    Properties snapshot() {
        Properties properties = new Properties();
        properties.setProperty("live", String.valueOf(threads.getThreadCount()));
        properties.setProperty("peak", String.valueOf(threads.getPeakThreadCount()));
        properties.setProperty("daemon", String.valueOf(threads.getDaemonThreadCount()));
        properties.setProperty("started", String.valueOf(threads.getTotalStartedThreadCount()));
        return properties;
    }

    /** The peak starts again from the threads alive now. */
    void reset() {
        threads.resetPeakThreadCount();
    }
}
