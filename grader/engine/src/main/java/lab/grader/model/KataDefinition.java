package lab.grader.model;

import java.util.List;
import java.util.Set;

/**
 * Describe a kata to the grader.
 *
 * @param id the folder name, e.g. {@code 01-n-plus-one}, the same in {@code exercises/} and {@code solutions/}
 * @param track query optimization, caching, API throughput or security
 * @param mainClass the Spring Boot application class, the same in the exercise and the solution
 * @param instances how many processes share the kata's database and Redis
 * @param jvmOptions options for each kata JVM, e.g. a small {@code -Xmx}
 * @param starterFails the checks the unchanged starter is meant to fail; the self-check holds the kata to it
 * @param crashesByDesignIn the one check in which a kata is meant to die by design (out of memory on a file larger
 *     than its heap), or empty; the self-check accepts a crashed starter or known-bad submission only there
 * @param runsAloneBecause why no other kata may be graded at the same time (with {@code -Dlab.parallel}), e.g. its
 *     checks read a counter of the whole PostgreSQL server; empty for a kata whose counts are its own
 */
public record KataDefinition(
        String id,
        String track,
        String title,
        String mainClass,
        int instances,
        List<String> jvmOptions,
        Set<String> starterFails,
        String crashesByDesignIn,
        String runsAloneBecause) {

    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx256m");

    public KataDefinition(
            String id,
            String track,
            String title,
            String mainClass,
            int instances,
            List<String> jvmOptions,
            Set<String> starterFails) {
        this(id, track, title, mainClass, instances, jvmOptions, starterFails, "", "");
    }

    /** The same kata, meant to die in this one check (see {@code crashesByDesignIn}). */
    public KataDefinition crashingByDesignIn(String check) {
        return new KataDefinition(
                id, track, title, mainClass, instances, jvmOptions, starterFails, check, runsAloneBecause);
    }

    /** The same kata, graded while no other kata is: what its checks count is not its own alone. */
    public KataDefinition runningAlone(String because) {
        return new KataDefinition(
                id, track, title, mainClass, instances, jvmOptions, starterFails, crashesByDesignIn, because);
    }

    public boolean runsAlone() {
        return !runsAloneBecause.isEmpty();
    }

    public String slug() {
        return id.replaceFirst("^\\d+-", "");
    }

    /** The kata's README, relative to the repository root: the one a learner reads, also for a solution. */
    public String readme() {
        return "exercises/" + id + "/README.md";
    }

    /** The Java package of the kata's code, {@code lab.<slug without dashes>}. */
    public String javaPackage() {
        return "lab." + slug().replace("-", "");
    }
}
