package lab.grader;

import java.nio.file.Path;
import java.time.Duration;
import lab.grader.probes.RedisProbe;
import lab.grader.runner.KataSource;
import lab.grader.services.LabServices;

/**
 * What a kata graded in one slot of a grading run works with: the options, the services (the run's PostgreSQL, and
 * the slot's own Redis), the grader's Redis connection, and the run's id, which keeps the databases of two runs on
 * one server apart.
 *
 * @param slots how many katas this run grades at once: they share the machine, so each time limit is that many
 *     times the one set, which is a guard against hangs and never a verdict
 */
record RunContext(LabSettings settings, LabServices services, RedisProbe redis, String runId, int slots) {

    /** The context of another slot of this run, with its own services and Redis connection. */
    RunContext inSlot(LabServices slotServices, RedisProbe slotRedis, int slotCount) {
        return new RunContext(settings, slotServices, slotRedis, runId, slotCount);
    }

    Duration checkTimeout() {
        return settings.checkTimeout().multipliedBy(slots);
    }

    Duration startupTimeout() {
        return settings.startupTimeout().multipliedBy(slots);
    }

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
