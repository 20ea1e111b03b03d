package lab.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The saves in one kata's {@code src/main}: raw file changes, without editors' scratch files, coalesced into one
 * save per burst. The quiet time is short against the seconds a grade takes, and long against the milliseconds an
 * editor spends writing a file.
 */
final class SourceWatch implements AutoCloseable {

    static final Duration QUIET = Duration.ofMillis(150);
    static final Duration LONGEST = Duration.ofSeconds(1);
    static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final FileEvents events;
    private final Debouncer debouncer;
    private final LongSupplier clock;

    SourceWatch(FileEvents events, Debouncer debouncer, LongSupplier clock) {
        this.events = events;
        this.debouncer = debouncer;
        this.clock = clock;
    }

    static SourceWatch open(WatchMode mode, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("-Dlab.watch has nothing to watch: " + folder + " is not a folder.");
        }
        try {
            FileEvents events =
                    mode == WatchMode.POLL ? new PolledFileEvents(folder, POLL_INTERVAL) : new NativeFileEvents(folder);
            return new SourceWatch(events, new Debouncer(QUIET, LONGEST), System::nanoTime);
        } catch (IOException e) {
            throw new UncheckedIOException(cannotWatch(folder, e), e);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException(cannotWatch(folder, e), e);
        }
    }

    private static String cannotWatch(Path folder, Exception e) {
        return "Could not watch " + folder + " for changes (" + e + "); -Dlab.watch=poll looks for them instead";
    }

    /** Wait for the next save, or until the deadline ({@link System#nanoTime()}) when there is none. */
    Optional<Debouncer.Save> next(long deadlineNanos) throws InterruptedException {
        while (true) {
            long now = clock.getAsLong();
            long wait;
            if (debouncer.pending()) {
                wait = debouncer.nanosUntilDue(now);
                if (wait == 0) {
                    return Optional.of(debouncer.take());
                }
            } else {
                wait = deadlineNanos - now;
                if (wait <= 0) {
                    return Optional.empty();
                }
            }
            List<Path> seen =
                    events.poll(wait).stream().filter(SourceWatch::counts).toList();
            debouncer.record(seen, clock.getAsLong());
        }
    }

    /**
     * Whether a change to this file is a save of the learner's code, rather than an editor's scratch file: vim's
     * swap files and its {@code 4913} probe, Emacs' lock and auto-save files, backups ending in {@code ~}, and
     * IntelliJ's safe-write copies.
     */
    static boolean counts(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return true;
        }
        String n = name.toString();
        return !(n.startsWith(".")
                || n.startsWith("#")
                || n.endsWith("~")
                || n.endsWith(".swp")
                || n.endsWith(".swx")
                || n.endsWith(".tmp")
                || n.endsWith("___jb_tmp___")
                || n.endsWith("___jb_old___")
                || n.equals("4913"));
    }

    @Override
    public void close() {
        try {
            events.close();
        } catch (IOException e) {
            // Closing a watch service can only fail when it is gone already.
        }
    }
}
