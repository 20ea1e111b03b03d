package lab.grader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * File events at set times on a clock of their own, so that the debouncing and the watch loop are tested without
 * sleeping: waiting for events moves the clock to the next one, or by the whole timeout when none is due.
 */
final class ScriptedFileEvents implements FileEvents {

    private record Step(long atNanos, List<Path> files) {}

    private final Deque<Step> steps = new ArrayDeque<>();
    private long now;
    private int polls;

    /** Let these files change at this time after the start. */
    ScriptedFileEvents at(Duration when, Path... files) {
        steps.add(new Step(when.toNanos(), List.of(files)));
        return this;
    }

    long now() {
        return now;
    }

    /** Move the clock, as the work between two waits (a grade) does. */
    void pass(Duration time) {
        now += time.toNanos();
    }

    int polls() {
        return polls;
    }

    @Override
    public List<Path> poll(long timeoutNanos) {
        polls++;
        Step next = steps.peek();
        if (next != null && next.atNanos() <= now + timeoutNanos) {
            steps.poll();
            now = Math.max(now, next.atNanos());
            return next.files();
        }
        now += timeoutNanos;
        return List.of();
    }

    @Override
    public void close() {}
}
