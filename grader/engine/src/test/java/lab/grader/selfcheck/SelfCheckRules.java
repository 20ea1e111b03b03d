package lab.grader.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lab.grader.model.KataDefinition;
import lab.grader.report.CheckResult;
import lab.grader.report.CheckStatus;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;

/**
 * What the self-check accepts as proof that a check can fail. Only a kata that compiled, started and ran its checks,
 * and a target check that ended {@code failed}, count: a check that was not run, errored or skipped proves nothing.
 */
final class SelfCheckRules {

    private SelfCheckRules() {}

    /** Return why a known-bad submission does not prove that its target check can fail; empty when it does. */
    static List<String> knownBadProblems(KataResult result, String target, KataDefinition definition) {
        List<String> problems = new ArrayList<>();
        if (result.status() != KataStatus.PARTIAL
                && result.status() != KataStatus.FAILED
                && !crashedByDesign(result, definition, target)) {
            problems.add("the submission ended " + result.status()
                    + ", but a known-bad submission must compile, start and run its checks (partial or failed): "
                    + firstLine(result.message()));
        }
        CheckResult check = result.checks().stream()
                .filter(c -> c.id().equals(target))
                .findFirst()
                .orElse(null);
        if (check == null) {
            problems.add("the kata has no check " + target);
        } else if (check.status() != CheckStatus.FAILED) {
            problems.add("its target check " + target + " ended "
                    + check.status().label() + ", not failed: " + firstLine(check.message()));
        }
        return problems;
    }

    /** Return why a starter does not fail exactly the checks it declares, with status failed; empty when it does. */
    static List<String> starterProblems(KataResult result, KataDefinition definition) {
        List<String> problems = new ArrayList<>();
        if (result.status() != KataStatus.PARTIAL
                && result.status() != KataStatus.FAILED
                && !crashedByDesign(result, definition, result.stoppedIn())) {
            problems.add("the starter ended " + result.status()
                    + (definition.crashesByDesignIn().isEmpty()
                            ? ""
                            : " in " + result.stoppedIn() + " (it may crash only in " + definition.crashesByDesignIn()
                                    + ")")
                    + ": " + firstLine(result.message()));
        }
        Set<String> notPassed = new TreeSet<>();
        for (CheckResult check : result.checks()) {
            if (check.status() == CheckStatus.SKIPPED) {
                continue;
            }
            if (check.status() != CheckStatus.PASSED) {
                notPassed.add(check.id());
            }
            boolean declared = definition.starterFails().contains(check.id());
            if (declared && check.status() != CheckStatus.FAILED) {
                problems.add(check.id() + " is declared in starterFails but ended "
                        + check.status().label() + ": " + firstLine(check.message()));
            }
        }
        Set<String> declared = new TreeSet<>(definition.starterFails());
        result.checks().stream().filter(c -> c.status() == CheckStatus.SKIPPED).forEach(c -> declared.remove(c.id()));
        if (!notPassed.equals(declared)) {
            problems.add("the starter did not pass " + notPassed + ", but starterFails declares " + declared);
        }
        return problems;
    }

    // A kata may die only in the check the grading declares for it (out of memory by design), and only there.
    private static boolean crashedByDesign(KataResult result, KataDefinition definition, String check) {
        return result.status() == KataStatus.CRASHED
                && !definition.crashesByDesignIn().isEmpty()
                && definition.crashesByDesignIn().equals(result.stoppedIn())
                && definition.crashesByDesignIn().equals(check);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
