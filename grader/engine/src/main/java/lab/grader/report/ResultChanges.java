package lab.grader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Say what changed between two grades of the same kata, the way a learner reads it after a save: the kata's status
 * and score, then each task whose points or checks moved, e.g. {@code task 2: 0 → 4 pts, statements-constant now
 * passes}.
 */
public final class ResultChanges {

    private ResultChanges() {}

    /** Describe the change from one result to the next, one line each; a single line when nothing changed. */
    public static List<String> between(KataResult before, KataResult after) {
        List<String> lines = new ArrayList<>();
        boolean kataMoved =
                before.status() != after.status() || before.score() != after.score() || before.max() != after.max();
        Map<String, CheckResult> earlier =
                before.checks().stream().collect(Collectors.toMap(CheckResult::id, Function.identity(), (a, b) -> a));
        Map<Integer, List<CheckResult>> tasks = new TreeMap<>();
        after.checks()
                .forEach(check -> tasks.computeIfAbsent(check.task(), task -> new ArrayList<>())
                        .add(check));
        for (Map.Entry<Integer, List<CheckResult>> task : tasks.entrySet()) {
            taskLine(task.getKey(), task.getValue(), earlier).ifPresent(lines::add);
        }
        if (!kataMoved && lines.isEmpty()) {
            return List.of("same verdict, " + scoreOf(after));
        }
        lines.addFirst(scoreOf(before) + " → " + scoreOf(after));
        return lines;
    }

    private static Optional<String> taskLine(int task, List<CheckResult> checks, Map<String, CheckResult> earlier) {
        int pointsBefore = 0;
        int pointsAfter = 0;
        Map<String, String> moved = new LinkedHashMap<>();
        for (CheckResult check : checks) {
            CheckResult previous = earlier.get(check.id());
            pointsBefore += previous == null ? 0 : previous.points();
            pointsAfter += check.points();
            if (previous == null || previous.status() != check.status()) {
                moved.put(check.id(), now(check.status()));
            }
        }
        if (pointsBefore == pointsAfter && moved.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder("task " + task + ": ");
        line.append(pointsBefore == pointsAfter ? pointsAfter + " pts" : pointsBefore + " → " + pointsAfter + " pts");
        moved.forEach((id, what) -> line.append(", ").append(id).append(' ').append(what));
        return Optional.of(line.toString());
    }

    private static String now(CheckStatus status) {
        return switch (status) {
            case PASSED -> "now passes";
            case FAILED -> "now fails";
            case ERRORED -> "errored (the grader's fault, not yours)";
            case SKIPPED -> "is skipped";
            case NOT_RUN -> "did not run";
        };
    }

    private static String scoreOf(KataResult kata) {
        return String.format(Locale.ROOT, "%s %d / %d", kata.status(), kata.score(), kata.max());
    }
}
