package lab.grader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import lab.grader.model.KataDefinition;
import lab.grader.probes.RedisProbe;
import lab.grader.services.LabServices;

/**
 * The places in which katas are graded at the same time ({@code -Dlab.parallel}). Every slot uses the run's
 * PostgreSQL, where each kata has a database of its own, and a Redis server of its own, because Redis counts
 * commands and hits for the whole server. A kata that runs alone ({@link KataDefinition#runsAlone()}) waits until no
 * other is graded, and the katas after it wait for it.
 */
final class GradingSlots implements AutoCloseable {

    private final List<RunContext> all;
    private final BlockingQueue<RunContext> free;
    // Fair, so that a kata waiting to run alone is not overtaken by the katas after it.
    private final ReentrantReadWriteLock alone = new ReentrantReadWriteLock(true);
    // One thread per slot grades ahead of JUnit; daemons, so that a hung kata never keeps the JVM alive.
    private final ExecutorService ahead;

    GradingSlots(List<RunContext> all) {
        this.all = List.copyOf(all);
        this.free = new LinkedBlockingQueue<>(all);
        this.ahead = Executors.newFixedThreadPool(
                all.size(), Thread.ofPlatform().name("lab-grading-", 1).daemon().factory());
    }

    /**
     * The first slot is the run's own; each other one starts a Redis. A mode that cannot start another Redis (an
     * external server) grades one kata at a time.
     */
    static GradingSlots open(RunContext run, int wanted) {
        List<LabServices> others = new ArrayList<>();
        try {
            while (others.size() < wanted - 1) {
                Optional<LabServices> another = run.services().withAnotherRedis();
                if (another.isEmpty()) {
                    Console.say("Grading one kata at a time, not " + wanted + ": Redis counts commands for the whole"
                            + " server, and " + run.services().mode().label() + " mode has the one Redis only");
                    break;
                }
                others.add(another.get());
            }
            int count = 1 + others.size();
            List<RunContext> slots = new ArrayList<>(List.of(run.inSlot(run.services(), run.redis(), count)));
            for (LabServices services : others) {
                slots.add(run.inSlot(services, new RedisProbe(services.redis()), count));
            }
            return new GradingSlots(slots);
        } catch (RuntimeException e) {
            others.forEach(LabServices::close);
            throw e;
        }
    }

    int count() {
        return all.size();
    }

    /** How many katas wait for their turn: to run alone, or behind one that does. */
    int waiting() {
        return alone.getQueueLength();
    }

    /** Grade in a free slot, alone when the kata says so; wait for one until then. */
    <T> T use(KataDefinition kata, Function<RunContext, T> grading) {
        Lock lock = kata.runsAlone() ? alone.writeLock() : alone.readLock();
        try {
            if (kata.runsAlone() && count() > 1) {
                Console.say(kata.id() + " is graded alone: " + kata.runsAloneBecause());
            }
            lock.lockInterruptibly();
            try {
                RunContext slot = free.take();
                try {
                    return grading.apply(slot);
                } finally {
                    free.add(slot);
                }
            } finally {
                lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while " + kata.id() + " waited for a grading slot", e);
        }
    }

    /** Start a grading on a thread of the slots' own; the supplier waits for it and rethrows what it threw. */
    <T> Supplier<T> ahead(Callable<T> grading) {
        Future<T> result = ahead.submit(grading);
        return () -> awaited(result);
    }

    private static <T> T awaited(Future<T> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            // A grader fault, as it would have been in the caller's thread.
            if (e.getCause() instanceof RuntimeException fault) {
                throw fault;
            }
            if (e.getCause() instanceof Error fault) {
                throw fault;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting for a kata's grade", e);
        }
    }

    /** Stop grading ahead, and the Redis servers of the slots after the first, which is the run's own. */
    @Override
    public void close() {
        ahead.shutdownNow();
        for (RunContext slot : all.subList(1, all.size())) {
            slot.redis().close();
            slot.services().close();
        }
    }
}
