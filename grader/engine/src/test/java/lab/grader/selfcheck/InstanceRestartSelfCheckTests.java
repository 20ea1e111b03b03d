package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lab.grader.Lab;
import lab.grader.katas.Gradings;
import lab.grader.model.Check;
import lab.grader.model.Feedback;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.model.SeedContext;
import lab.grader.model.Verdict;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import lab.grader.runner.KataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prove that a check can crash an instance on purpose and bring it back: after {@code kill(1)} instance B answers
 * nothing while A goes on; after {@code restart(1)} the same {@code kata.instance(1)} reaches the new process, its
 * probes count again, and its log holds both lives.
 */
@Tag("selfcheck")
@ExtendWith(SelfCheckLab.class)
class InstanceRestartSelfCheckTests {

    private static final String BASE = "01-n-plus-one";
    private static final String TREE = "fixture-kill-and-restart";

    @Test
    void a_killed_instance_answers_nothing_and_a_restarted_one_answers_again_with_its_log_kept(Lab lab)
            throws Exception {
        // A tree name of its own: the report keeps one result per tree and kata, and "solutions" is 01's reference.
        KataSource reference =
                KataSource.of(TREE, lab.settings().root().resolve("solutions").resolve(BASE));

        KataResult result = lab.grade(reference, new RestartGrading());

        assertThat(result.status())
                .as(
                        "kill and restart of instance B: %s",
                        result.checks().getFirst().message())
                .isEqualTo(KataStatus.PASSED);
        Path logB = lab.settings().labDirectory().resolve("logs").resolve(TREE).resolve(BASE + "-B.log");
        String log = Files.readString(logB);
        assertThat(log).as("log of instance B").contains("the grader started this instance again");
        assertThat(log.indexOf("Started NPlusOneApplication"))
                .as("B's first start is still in its log, before the restart")
                .isLessThan(log.indexOf("the grader started this instance again"))
                .isNotNegative();
        assertThat(log.lastIndexOf("Started NPlusOneApplication"))
                .as("B's second start follows the restart")
                .isGreaterThan(log.indexOf("the grader started this instance again"));
    }

    /** 01's service with one check that kills instance B, looks at both instances, and restarts B. */
    private static final class RestartGrading implements KataGrading<Void> {

        @Override
        public KataDefinition definition() {
            KataDefinition base = Gradings.forKata(BASE).definition();
            return new KataDefinition(
                    base.id(), base.track(), "Kill and restart", base.mainClass(), 2, base.jvmOptions(), Set.of());
        }

        @Override
        public Void seed(SeedContext context) {
            return null;
        }

        @Override
        public List<Check<Void>> checks() {
            return List.of(new Check<>("kill-and-restart", 1, "An instance is killed and restarted", 1, this::run));
        }

        private Verdict run(KataRun kata, Void data) throws Exception {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("before", answers(kata.instance(1)));
            kata.kill(1);
            seen.put("killed", answers(kata.instance(1)));
            seen.put("otherWhileKilled", answers(kata.instance(0)));
            kata.restart(1);
            seen.put("restarted", answers(kata.instance(1)));
            kata.sql().reset();
            kata.instance(1).http().get("/customers/1/orders");
            seen.put("statementsAfterRestart", kata.sql().snapshot().statements());
            if (!seen.get("before").equals(true)
                    || !seen.get("killed").equals(false)
                    || !seen.get("otherWhileKilled").equals(true)
                    || !seen.get("restarted").equals(true)
                    || (long) seen.get("statementsAfterRestart") < 1) {
                throw Feedback.check("Instance B should answer, stop answering when killed, and answer again once"
                                + " restarted, its probe counting again.")
                        .expected("{before=true, killed=false, otherWhileKilled=true, restarted=true,"
                                + " statementsAfterRestart>=1}")
                        .actual(seen.toString())
                        .failure(seen);
            }
            return Verdict.pass(seen);
        }

        private static boolean answers(KataInstance instance) {
            try {
                Response response = instance.http().get("/customers/1/orders");
                return response.statusCode() > 0;
            } catch (Exception e) {
                // Connection refused: rest-assured throws it unchecked, whatever its declared type.
                return false;
            }
        }
    }
}
