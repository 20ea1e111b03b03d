package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lab.grader.Lab;
import lab.grader.katas.Gradings;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import lab.grader.runner.KataCatalog;
import lab.grader.runner.KataSource;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prove every kata's checks can both pass and fail: the reference scores full marks, the starter fails exactly the
 * checks it is meant to, each known-bad submission fails the check aimed at it, and each correct variant (a right
 * solution written differently) scores full marks too.
 */
@Tag("selfcheck")
@ExtendWith(SelfCheckLab.class)
class KataSelfCheckTests {

    /** Beside each known-bad submission's sources: the id of the check it must fail. */
    static final String TARGET_FILE = "fails-check.txt";

    @TestFactory
    Stream<DynamicNode> every_kata_can_pass_and_fail(Lab lab) {
        // -Dkata narrows the self-check as it narrows grading, for whoever is writing a kata.
        Set<String> selected =
                KataCatalog.find(
                                lab.settings().root(),
                                "solutions",
                                lab.settings().kataFilter())
                        .stream()
                        .map(KataSource::id)
                        .collect(Collectors.toSet());
        SelfCheckScope scope = SelfCheckScope.current();
        return Gradings.all().stream()
                .filter(grading -> selected.contains(grading.definition().id()))
                .map(grading -> dynamicContainer(grading.definition().id(), proofs(lab, grading, scope)));
    }

    private static Stream<DynamicNode> proofs(Lab lab, KataGrading<?> grading, SelfCheckScope scope) {
        Stream<DynamicNode> core = Stream.of(
                dynamicTest("the reference scores full marks", () -> referenceScoresFullMarks(lab, grading)),
                dynamicTest(
                        "the starter fails exactly the checks it is meant to fail",
                        () -> starterFailsWhatItShould(lab, grading)));
        if (!scope.gradesSubmissions()) {
            return core;
        }
        return Stream.concat(
                core,
                Stream.of(
                        dynamicContainer("known-bad submissions", knownBad(lab, grading)),
                        dynamicContainer("correct variants", correctVariants(lab, grading))));
    }

    private static void referenceScoresFullMarks(Lab lab, KataGrading<?> grading) {
        KataResult result = lab.grade(source(lab, "solutions", grading), grading);
        assertThat(result.status())
                .as("status of solutions/%s; messages: %s", result.id(), messages(result))
                .isEqualTo(KataStatus.PASSED);
        assertThat(result.score()).as("score of solutions/%s", result.id()).isEqualTo(result.max());
    }

    private static void starterFailsWhatItShould(Lab lab, KataGrading<?> grading) {
        KataDefinition definition = grading.definition();
        KataResult result = lab.grade(source(lab, "exercises", grading), grading);
        assertThat(SelfCheckRules.starterProblems(result, definition))
                .as(
                        "how the starter of %s misses its declared starterFails (%s) in %s",
                        result.id(),
                        definition.starterFails(),
                        grading.getClass().getSimpleName())
                .isEmpty();
        assertThat(result.score()).as("starter score of %s", result.id()).isLessThan(result.max());
    }

    private static Stream<DynamicNode> knownBad(Lab lab, KataGrading<?> grading) {
        String id = grading.definition().id();
        List<Path> variants =
                Overlays.variants(Overlays.TEST_ROOT.resolve("submissions").resolve(id));
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest("there are at least two, each naming a check of the kata in " + TARGET_FILE, () -> {
            Set<String> checkIds = grading.checks().stream().map(Check::id).collect(Collectors.toSet());
            assertThat(variants).as("known-bad submissions of %s", id).hasSizeGreaterThanOrEqualTo(2);
            for (Path variant : variants) {
                assertThat(targetedCheck(variant))
                        .as("%s in %s", TARGET_FILE, variant)
                        .isIn(checkIds);
            }
        }));
        for (Path variant : variants) {
            String name = id + "/" + variant.getFileName();
            String target = targetedCheck(variant);
            tests.add(dynamicTest(variant.getFileName() + " fails " + target, () -> {
                KataSource submission = Overlays.apply(
                        source(lab, "solutions", grading),
                        variant,
                        lab.settings()
                                .labDirectory()
                                .resolve("selfcheck/submissions")
                                .resolve(name),
                        "known-bad-" + variant.getFileName());
                KataResult result = lab.grade(submission, upTo(grading, target));
                assertThat(SelfCheckRules.knownBadProblems(result, target, grading.definition()))
                        .as("why the known-bad submission %s does not prove that %s can fail", name, target)
                        .isEmpty();
            }));
        }
        return tests.stream();
    }

    private static <D> KataGrading<D> upTo(KataGrading<D> grading, String target) {
        return new ChecksUpToTarget<>(grading, target);
    }

    /** Solutions written differently from the reference (same overlay layout, no target file): full marks each. */
    private static Stream<DynamicNode> correctVariants(Lab lab, KataGrading<?> grading) {
        String id = grading.definition().id();
        return Overlays.variants(Overlays.TEST_ROOT.resolve("correct-variants").resolve(id)).stream()
                .map(variant -> dynamicTest(variant.getFileName() + " scores full marks", () -> {
                    KataSource solution = Overlays.apply(
                            source(lab, "solutions", grading),
                            variant,
                            lab.settings()
                                    .labDirectory()
                                    .resolve("selfcheck/correct-variants")
                                    .resolve(id + "/" + variant.getFileName()),
                            "correct-variant-" + variant.getFileName());
                    KataResult result = lab.grade(solution, grading);
                    assertThat(result.status())
                            .as(
                                    "status of the correct variant %s/%s; messages: %s",
                                    id, variant.getFileName(), messages(result))
                            .isEqualTo(KataStatus.PASSED);
                    assertThat(result.score())
                            .as("score of the correct variant %s/%s", id, variant.getFileName())
                            .isEqualTo(result.max());
                }));
    }

    /** The check a known-bad submission must fail, named in a file beside its sources. */
    private static String targetedCheck(Path variant) {
        try {
            return Files.readString(variant.resolve(TARGET_FILE)).strip();
        } catch (IOException e) {
            return "(no " + TARGET_FILE + ")";
        }
    }

    private static KataSource source(Lab lab, String tree, KataGrading<?> grading) {
        return KataSource.of(
                tree,
                lab.settings().root().resolve(tree).resolve(grading.definition().id()));
    }

    private static String messages(KataResult result) {
        return result.message()
                + result.checks().stream()
                        .filter(c -> !c.passed())
                        .map(c -> "\n" + c.id() + ": " + c.message())
                        .collect(Collectors.joining());
    }
}
