package lab.grader.checks;

import java.util.List;
import java.util.Set;

/**
 * Describe a kata to the grader.
 *
 * @param id the folder name, e.g. {@code 01-n-plus-one}
 * @param track query optimization, caching, API throughput or security
 * @param mainClass the Spring Boot application class, the same in the exercise and the solution
 * @param instances how many processes share the kata's database and Redis
 * @param jvmOptions options for each kata JVM, e.g. a small {@code -Xmx}
 * @param starterFails the checks the unchanged starter is meant to fail; the self-check holds the kata to it
 */
public record KataDefinition(
        String id,
        String track,
        String title,
        String mainClass,
        int instances,
        List<String> jvmOptions,
        Set<String> starterFails) {

    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx256m");

    public String slug() {
        return id.replaceFirst("^\\d+-", "");
    }
}
