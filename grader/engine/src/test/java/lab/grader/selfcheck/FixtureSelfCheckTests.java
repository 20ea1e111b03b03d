package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import lab.grader.Lab;
import lab.grader.fixtures.StubDownstream;
import lab.grader.katas.Gradings;
import lab.grader.model.Check;
import lab.grader.model.Feedback;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataFixture;
import lab.grader.model.KataGrading;
import lab.grader.model.KataRun;
import lab.grader.model.SeedContext;
import lab.grader.model.Verdict;
import lab.grader.probes.Burst;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.LoadDriver;
import lab.grader.probes.RequestCounts;
import lab.grader.report.CheckStatus;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import lab.grader.runner.KataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prove the fixture seam end to end: a stub downstream declared by a grading is started before the kata, its URL
 * reaches the kata's JVM as {@code --lab.downstream.prices.url}, a check counts the kata's calls on it, and the engine
 * closes it afterwards, also when the kata crashed.
 */
@Tag("selfcheck")
@ExtendWith(SelfCheckLab.class)
class FixtureSelfCheckTests {

    private static final String BASE = "01-n-plus-one";
    private static final int CALLS = 3;
    private static final int BURST = 5;

    @Test
    void a_stub_downstream_reaches_the_kata_and_its_calls_are_counted(Lab lab) throws Exception {
        DownstreamGrading grading = new DownstreamGrading();

        KataResult result = lab.grade(overlay(lab, "calls-a-downstream"), grading);

        assertThat(result.status())
                .as(
                        "fixture kata graded with a stub downstream: %s",
                        result.checks().getFirst().message())
                .isEqualTo(KataStatus.PASSED);
        assertThat(result.checks().getFirst().metrics())
                .as("calls the stub counted")
                .containsEntry("stubCalls", (long) CALLS);
        assertThat(result.checks().getLast().metrics())
                .as("requests the kata's probe counted around a held burst")
                .containsEntry("inProgressWhileHeld", BURST)
                .containsEntry("inProgressAfter", 0)
                .containsEntry("peakInProgress", BURST);
        assertThat(grading.started).as("stubs started").hasSize(1);
        assertClosed(grading.started.getFirst());
    }

    @Test
    void the_check_on_the_stub_fails_for_a_kata_that_never_calls_it(Lab lab) {
        DownstreamGrading grading = new DownstreamGrading();

        // A tree name of its own: the report keeps one result per tree and kata, and "solutions" is 01's reference.
        KataResult result = lab.grade(
                KataSource.of(
                        "fixture-without-relay",
                        lab.settings().root().resolve("solutions").resolve(BASE)),
                grading);

        assertThat(result.checks().getFirst().status())
                .as(
                        "the downstream check on a kata without the relay: %s",
                        result.checks().getFirst().message())
                .isEqualTo(CheckStatus.FAILED);
        assertClosed(grading.started.getFirst());
    }

    @Test
    void the_stub_is_closed_when_the_kata_crashes_at_start_up(Lab lab) {
        DownstreamGrading grading = new DownstreamGrading();

        KataResult result = lab.grade(overlay(lab, "crashes-at-start-up"), grading);

        assertThat(result.status()).as("status").isEqualTo(KataStatus.CRASHED);
        assertThat(grading.started).as("stubs started").hasSize(1);
        assertClosed(grading.started.getFirst());
    }

    private static void assertClosed(StubDownstream stub) {
        assertThatThrownBy(() -> HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(stub.url() + "/prices"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding()))
                .as("a request to the stub after grading")
                .isInstanceOf(IOException.class);
    }

    private static KataSource reference(Lab lab) {
        return KataSource.of(
                "solutions", lab.settings().root().resolve("solutions").resolve(BASE));
    }

    private static KataSource overlay(Lab lab, String fixture) {
        Path scratch =
                lab.settings().labDirectory().resolve("selfcheck/fixtures").resolve("stub-" + fixture);
        return Overlays.apply(
                reference(lab), Overlays.TEST_ROOT.resolve("fixtures").resolve(fixture), scratch, "fixture-" + fixture);
    }

    /** A grading of 01's service with one stub downstream and one check that counts the kata's calls on it. */
    private static final class DownstreamGrading implements KataGrading<Void> {

        private final List<StubDownstream> started = new CopyOnWriteArrayList<>();

        @Override
        public KataDefinition definition() {
            KataDefinition base = Gradings.forKata(BASE).definition();
            return new KataDefinition(
                    base.id(),
                    base.track(),
                    "Stub downstream fixture",
                    base.mainClass(),
                    1,
                    base.jvmOptions(),
                    java.util.Set.of());
        }

        @Override
        public Void seed(SeedContext context) {
            return null;
        }

        @Override
        public List<KataFixture.Factory> fixtures() {
            return List.of(context -> {
                StubDownstream stub =
                        (StubDownstream) StubDownstream.fixture("prices").start(context);
                started.add(stub);
                return stub;
            });
        }

        @Override
        public List<Check<Void>> checks() {
            return List.of(
                    new Check<>(
                            "downstream-calls-counted", 1, "Calls to the stub downstream are counted", 1, this::count),
                    new Check<>(
                            "requests-counted-in-the-kata",
                            2,
                            "The kata's probe counts the requests it holds",
                            1,
                            this::holdBurst));
        }

        // A burst held at the stub's gate is inside the kata: the probe counts every request in progress, and none
        // once the gate lets them go.
        private Verdict holdBurst(KataRun kata, Void data) throws Exception {
            StubDownstream stub = kata.fixture(StubDownstream.class);
            stub.resetCounts();
            kata.instance(0).requests().reset();
            stub.hold();
            var burst = new LoadDriver(Duration.ofSeconds(20))
                    .burst(
                            BURST,
                            i -> HttpRequest.newBuilder(
                                            kata.instance(0).baseUri().resolve("/downstream/prices"))
                                    .build());
            RequestCounts held = kata.instance(0).requests().awaitReceived(BURST, Duration.ofSeconds(10));
            stub.release();
            List<BurstAnswer> answers = burst.await(Duration.ofSeconds(20));
            // A client may read its answer just before the filter counts the request as done: allow it a moment.
            RequestCounts after = kata.instance(0).requests().counts();
            for (int i = 0; i < 100 && after.inProgress() > 0; i++) {
                Thread.sleep(20);
                after = kata.instance(0).requests().counts();
            }
            Map<String, Object> metrics = Map.of(
                    "inProgressWhileHeld", held.inProgress(),
                    "inProgressAfter", after.inProgress(),
                    "peakInProgress", after.peakInProgress(),
                    "received", after.received(),
                    "statuses", String.valueOf(Burst.statusCounts(answers)));
            if (held.inProgress() != BURST || after.inProgress() != 0 || after.received() != BURST) {
                throw Feedback.check("The probe should count the requests a held burst keeps in the kata.")
                        .expected(BURST + " in progress while held, 0 after, " + BURST + " received")
                        .actual(metrics.toString())
                        .failure(metrics);
            }
            return Verdict.pass(metrics);
        }

        private Verdict count(KataRun kata, Void data) throws Exception {
            StubDownstream stub = kata.fixture(StubDownstream.class);
            String marker = "{\"marker\":" + kata.random().nextLong(1, Long.MAX_VALUE) + "}";
            stub.body(marker).resetCounts();
            for (int i = 0; i < CALLS; i++) {
                Response response = kata.instance(0).http().get("/downstream/prices");
                if (response.statusCode() != 200 || !response.asString().equals(marker)) {
                    throw Feedback.check("GET /downstream/prices should relay the stub's answer.")
                            .expected("HTTP 200 with " + marker)
                            .actual("HTTP " + response.statusCode() + ": " + response.asString())
                            .failure(Map.of("stubCalls", stub.calls()));
                }
            }
            if (stub.calls() != CALLS) {
                throw Feedback.check("Each request should call the stub once.")
                        .expected(CALLS + " calls")
                        .actual(stub.calls() + " calls")
                        .failure(Map.of("stubCalls", stub.calls()));
            }
            return Verdict.pass(Map.of("stubCalls", stub.calls(), "stubUrl", stub.url()));
        }
    }
}
