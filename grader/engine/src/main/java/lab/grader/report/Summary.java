package lab.grader.report;

import java.util.List;
import java.util.Locale;

/** Render a run as Markdown: a scoreboard, then what to fix for every check that failed. */
final class Summary {

    private Summary() {}

    static String markdown(LabReport report) {
        StringBuilder md = new StringBuilder();
        md.append("## Backend Katas: ")
                .append(report.score())
                .append(" / ")
                .append(report.max())
                .append(" points\n\n");
        md.append("Tree `")
                .append(report.tree())
                .append("`, seed `")
                .append(report.seed())
                .append("` (replay with `-Dlab.seed=")
                .append(report.seed())
                .append("`), services ")
                .append(report.services().mode())
                .append(", ")
                .append(String.format(Locale.ROOT, "%.1f", report.durationMs() / 1000.0))
                .append(" s.\n\n");
        md.append("| kata | status | score | time |\n|---|---|---|---|\n");
        for (KataResult kata : report.katas()) {
            md.append("| ")
                    .append(kata.id())
                    .append(" — ")
                    .append(kata.title())
                    .append(" | ")
                    .append(icon(kata.status()))
                    .append(' ')
                    .append(kata.status())
                    .append(" | ")
                    .append(kata.score())
                    .append(" / ")
                    .append(kata.max())
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f s", kata.durationMs() / 1000.0))
                    .append(" |\n");
        }
        for (KataResult kata : report.katas()) {
            if (!kata.message().isBlank()) {
                md.append("\n### ")
                        .append(kata.id())
                        .append(": ")
                        .append(kata.status())
                        .append("\n\n```\n")
                        .append(kata.message())
                        .append("\n```\n");
            }
            for (CheckResult check : kata.checks()) {
                if (check.status() == CheckStatus.FAILED) {
                    md.append("\n<details><summary>")
                            .append(kata.id())
                            .append(" · task ")
                            .append(check.task())
                            .append(" · ")
                            .append(check.title())
                            .append(" (0 / ")
                            .append(check.max())
                            .append(")</summary>\n\n```\n")
                            .append(check.message())
                            .append("\n```\n</details>\n");
                }
            }
            List<CheckResult> errored = kata.checks().stream()
                    .filter(check -> check.status() == CheckStatus.ERRORED)
                    .toList();
            if (!errored.isEmpty()) {
                md.append("\n**Grader errors in ")
                        .append(kata.id())
                        .append("** (not your code's fault; please report them with `target/lab/report.json` and the"
                                + " seed):\n");
                for (CheckResult check : errored) {
                    md.append("\n```\n")
                            .append(check.id())
                            .append(": ")
                            .append(check.message())
                            .append("\n```\n");
                }
            }
            for (CheckResult check : kata.checks()) {
                if (check.status() == CheckStatus.SKIPPED) {
                    md.append("\n- ")
                            .append(kata.id())
                            .append(" · ")
                            .append(check.title())
                            .append(": skipped, ")
                            .append(check.message())
                            .append(" (its ")
                            .append(check.max())
                            .append(" points are left out of the maximum)\n");
                }
            }
        }
        return md.toString();
    }

    private static String icon(KataStatus status) {
        return switch (status) {
            case PASSED -> "✅";
            case PARTIAL -> "🟡";
            case ERRORED -> "⚠️";
            default -> "❌";
        };
    }
}
