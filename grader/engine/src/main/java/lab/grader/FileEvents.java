package lab.grader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A source of raw file changes under one folder, before they are filtered and debounced. */
interface FileEvents extends AutoCloseable {

    /** Wait up to the timeout for changes; return the files changed, or nothing when the time ran out. */
    List<Path> poll(long timeoutNanos) throws InterruptedException;

    @Override
    void close() throws IOException;
}
