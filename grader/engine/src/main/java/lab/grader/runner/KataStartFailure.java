package lab.grader.runner;

import java.nio.file.Path;

/**
 * Tell why a kata process never became ready, it exited or it took too long, and which process it was: its log
 * travels with the failure.
 */
public final class KataStartFailure extends Exception {

    public enum Kind {
        EXITED,
        TIMED_OUT
    }

    private final Kind kind;
    private final String logTail;
    private final Path logFile;

    KataStartFailure(Kind kind, String message, String logTail, Path logFile) {
        super(message);
        this.kind = kind;
        this.logTail = logTail;
        this.logFile = logFile;
    }

    /** The log of the process that failed. */
    public Path logFile() {
        return logFile;
    }

    public Kind kind() {
        return kind;
    }

    public String logTail() {
        return logTail;
    }
}
