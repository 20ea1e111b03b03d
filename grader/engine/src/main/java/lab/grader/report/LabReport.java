package lab.grader.report;

import java.util.List;

/** Everything a grading run found, as written to {@code target/lab/report.json}. */
public record LabReport(
        String tree, ServicesInfo services, long seed, int score, int max, long durationMs, List<KataResult> katas) {}
