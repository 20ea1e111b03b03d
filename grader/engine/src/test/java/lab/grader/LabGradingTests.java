package lab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import lab.grader.report.CheckResult;
import lab.grader.report.CheckStatus;
import lab.grader.report.KataResult;
import lab.grader.runner.KataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Grade the katas: what {@code ./mvnw test} runs. Each kata is a container and each check a test, so the build
 * turns red when a check fails and the usual JUnit XML lists them. Katas are graded as JUnit reaches them (or
 * ahead of it, several at a time, with -Dlab.parallel), so progress shows while the run goes on.
 */
@Tag("grading")
@DisplayName("Backend Katas")
class LabGradingTests {

    private static Lab lab;

    @TestFactory
    Stream<DynamicNode> katas() throws InterruptedException {
        LabSettings settings = LabSettings.from(System.getProperties());
        lab = Lab.open(settings, System.getenv(), System.getProperties());
        if (settings.explore()) {
            lab.explore(lab.katas().getFirst());
            return Stream.empty();
        }
        if (settings.watch().on()) {
            // The build ends with the verdict of the last save.
            KataResult last = lab.watch(lab.katas().getFirst());
            return Stream.of(dynamicContainer(last.id(), tests(last)));
        }
        List<KataSource> sources = lab.katas();
        List<Supplier<KataResult>> results = lab.gradeInOrder(sources);
        return IntStream.range(0, sources.size())
                .mapToObj(i -> dynamicContainer(
                        sources.get(i).id(), Stream.of(results.get(i)).flatMap(result -> tests(result.get()))));
    }

    private static Stream<DynamicNode> tests(KataResult kata) {
        // First, whether the kata ran at all: a compiler error or a crash is shown once, in full, here.
        DynamicNode runs = dynamicTest(
                "the kata compiles, starts and answers",
                () -> assertThat(kata.message())
                        .withFailMessage(() -> "[" + kata.id() + "] " + kata.status() + "\n" + kata.message())
                        .isEmpty());
        return Stream.concat(
                Stream.of(runs),
                kata.checks().stream()
                        .map(check -> dynamicTest(
                                "task " + check.task() + " · " + check.title() + " (" + check.max() + " pts)",
                                () -> assertThat(check.status())
                                        .withFailMessage(() -> failure(kata, check))
                                        .isIn(CheckStatus.PASSED, CheckStatus.SKIPPED))));
    }

    private static String failure(KataResult kata, CheckResult check) {
        return "[" + kata.id() + " · task " + check.task() + " · " + check.max() + " pts] " + check.title() + "\n"
                + check.message();
    }

    @AfterAll
    static void finish() {
        if (lab != null) {
            lab.finish(lab.settings().labDirectory());
            lab.close();
        }
    }
}
