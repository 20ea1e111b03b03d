package lab.grader.runner;

/** Tell why a kata process never became ready: it exited, or it took too long. */
public final class KataStartFailure extends Exception {

    public enum Kind {
        EXITED,
        TIMED_OUT
    }

    private final Kind kind;
    private final String logTail;

    KataStartFailure(Kind kind, String message, String logTail) {
        super(message);
        this.kind = kind;
        this.logTail = logTail;
    }

    public Kind kind() {
        return kind;
    }

    public String logTail() {
        return logTail;
    }
}
