package lab.grader.probes;

import java.util.Properties;

/**
 * One kata process's platform threads, as its JVM counts them (virtual threads are not among them).
 *
 * @param live the platform threads alive now
 * @param peak the most alive at once since the last reset
 * @param started every platform thread the process ever started
 */
public record PlatformThreads(int live, int peak, long started) {

    static PlatformThreads parse(Properties p) {
        return new PlatformThreads(
                Integer.parseInt(p.getProperty("live", "0")),
                Integer.parseInt(p.getProperty("peak", "0")),
                Long.parseLong(p.getProperty("started", "0")));
    }
}
