package lab.grader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Coalesce the burst of file events one save causes (an editor writes a temporary file, renames it, touches the
 * folder) into one change. A burst is due once no event came for the quiet time, or at the latest the longest
 * time after its first event, so that a tool writing without pause still gets graded.
 */
final class Debouncer {

    private final long quietNanos;
    private final long longestNanos;
    private final Set<Path> pending = new TreeSet<>();
    private long firstNanos;
    private long lastNanos;

    Debouncer(Duration quiet, Duration longest) {
        this.quietNanos = quiet.toNanos();
        this.longestNanos = longest.toNanos();
    }

    /** A save: the files it changed, and when the first event of its burst was seen. */
    record Save(Set<Path> files, long firstSeenNanos) {}

    void record(Collection<Path> files, long nowNanos) {
        if (files.isEmpty()) {
            return;
        }
        if (pending.isEmpty()) {
            firstNanos = nowNanos;
        }
        lastNanos = nowNanos;
        pending.addAll(files);
    }

    boolean pending() {
        return !pending.isEmpty();
    }

    /** How long until the pending burst is due; 0 when it is due now. Only meaningful while {@link #pending()}. */
    long nanosUntilDue(long nowNanos) {
        long due = Math.min(lastNanos + quietNanos, firstNanos + longestNanos);
        return Math.max(0, due - nowNanos);
    }

    /** Hand over the pending burst and start afresh. */
    Save take() {
        Save save = new Save(Set.copyOf(pending), firstNanos);
        pending.clear();
        return save;
    }
}
