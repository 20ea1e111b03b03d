package lab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import lab.grader.model.KataDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Katas share the slots, each kata in one slot of its own, and a kata that runs alone has the run to itself. */
@Timeout(30)
class GradingSlotsTests {

    private static final KataDefinition ORDINARY =
            new KataDefinition("01-a", "track", "A", "lab.a.App", 1, List.of(), Set.of());
    private static final KataDefinition ALONE = new KataDefinition(
                    "04-b", "track", "B", "lab.b.App", 1, List.of(), Set.of())
            .runningAlone("it reads a server-wide counter");

    private final List<RunContext> contexts = List.of(slot(), slot());
    private final GradingSlots slots = new GradingSlots(contexts);
    // A thread per kata, as Lab's grading pool has one per slot (the common pool may have a single thread).
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void two_katas_are_graded_at_once_each_in_a_slot_of_its_own() throws Exception {
        CountDownLatch bothIn = new CountDownLatch(2);
        List<RunContext> used = new CopyOnWriteArrayList<>();
        CompletableFuture<?> first =
                CompletableFuture.runAsync(() -> slots.use(ORDINARY, slot -> hold(slot, used, bothIn)), threads);
        CompletableFuture<?> second =
                CompletableFuture.runAsync(() -> slots.use(ORDINARY, slot -> hold(slot, used, bothIn)), threads);

        CompletableFuture.allOf(first, second).get(20, TimeUnit.SECONDS);

        assertThat(used).as("slots used").containsExactlyInAnyOrderElementsOf(contexts);
    }

    @Test
    void a_kata_that_runs_alone_waits_for_the_others_and_the_next_waits_for_it() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<?> first = CompletableFuture.runAsync(
                () -> slots.use(ORDINARY, slot -> {
                    events.add("01 starts");
                    firstIn.countDown();
                    await(releaseFirst);
                    events.add("01 ends");
                    return null;
                }),
                threads);
        firstIn.await();
        CompletableFuture<?> alone = CompletableFuture.runAsync(
                () -> slots.use(ALONE, slot -> {
                    events.add("04 starts");
                    events.add("04 ends");
                    return null;
                }),
                threads);
        waitUntilQueued(1);
        CompletableFuture<?> after =
                CompletableFuture.runAsync(() -> slots.use(ORDINARY, slot -> events.add("05 starts")), threads);
        waitUntilQueued(2);
        releaseFirst.countDown();

        CompletableFuture.allOf(first, alone, after).get(20, TimeUnit.SECONDS);

        assertThat(events)
                .as("order of events")
                .containsExactly("01 starts", "01 ends", "04 starts", "04 ends", "05 starts");
    }

    private void waitUntilQueued(int threads) {
        while (slots.waiting() < threads) {
            sleep(10);
        }
    }

    private static Object hold(RunContext slot, List<RunContext> used, CountDownLatch bothIn) {
        used.add(slot);
        bothIn.countDown();
        await(bothIn);
        return null;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunContext slot() {
        return new RunContext(null, null, null, "run", 2);
    }
}
