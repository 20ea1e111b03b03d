package lab.grader.report;

import java.util.List;

/**
 * Everything a grading run found, as written to {@code target/lab/report.json}.
 *
 * @param version the layout of this file; raised when a field changes meaning or goes away
 */
public record LabReport(
        int version,
        String tree,
        ServicesInfo services,
        long seed,
        int score,
        int max,
        long durationMs,
        List<KataResult> katas) {

    /** Version 2: check statuses include errored and skipped; checks carry feedback parts and durations. */
    public static final int VERSION = 2;
}
