package lab.grader.kit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A request to the kata sent on a virtual thread of its own, so that the check can act while it is in flight (hold
 * a lock, read through another instance) and then collect its answer with a bound.
 */
public final class InFlight<T> {

    private final CompletableFuture<T> answer = new CompletableFuture<>();

    private InFlight() {}

    /** Start the action now, on a virtual thread. */
    public static <T> InFlight<T> send(String name, Measured.Action<T> action) {
        InFlight<T> inFlight = new InFlight<>();
        Thread.ofVirtual().name("grader-" + name).start(() -> {
            try {
                inFlight.answer.complete(action.run());
            } catch (Throwable e) {
                inFlight.answer.completeExceptionally(e);
            }
        });
        return inFlight;
    }

    /** Whether the action has ended, with an answer or an exception. */
    public boolean answered() {
        return answer.isDone();
    }

    /**
     * Wait at most the timeout for the answer: empty when it has not come; the action's own exception when it threw
     * one (a failure of the kata stays a failure).
     */
    public Optional<T> await(Duration timeout) throws Exception {
        try {
            return Optional.of(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
