package lab.grader;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Time the phases of grading one kata (compile, start, seed, checks), for the report and the progress line. */
final class PhaseClock {

    private final long started = System.nanoTime();
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private long last = started;

    void mark(String phase) {
        long now = System.nanoTime();
        phases.put(phase, TimeUnit.NANOSECONDS.toMillis(now - last));
        last = now;
    }

    Map<String, Long> phases() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }

    long totalMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
