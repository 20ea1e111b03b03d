package lab.grader;

import java.nio.file.Path;
import lab.grader.probes.RedisProbe;
import lab.grader.runner.KataSource;
import lab.grader.services.LabServices;

/**
 * What every kata of one grading run shares: the options, the services, the grader's Redis connection, and the run's
 * id, which keeps the databases of two runs on one server apart.
 */
record RunContext(LabSettings settings, LabServices services, RedisProbe redis, String runId) {

    Path workDirectory(KataSource source) {
        return settings.labDirectory().resolve("work").resolve(source.tree()).resolve(source.id());
    }

    Path logDirectory(KataSource source) {
        return settings.labDirectory().resolve("logs").resolve(source.tree());
    }

    String databaseName(KataSource source) {
        String name = ("lab_" + runId + "_" + source.tree() + "_" + source.slug())
                .toLowerCase()
                .replaceAll("[^a-z0-9_]", "_");
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    /** A path as the learner sees it: relative to the repository root. */
    String relative(Path file) {
        return settings.root().relativize(file).toString();
    }
}
