package lab.grader.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * Describe one kata JVM to start.
 *
 * @param arguments Spring Boot command-line properties, e.g. {@code --spring.datasource.url=...}
 * @param debugPort a port to wait on for a debugger before starting, or 0
 */
public record LaunchSpec(
        String mainClass,
        List<String> classpath,
        List<String> jvmOptions,
        List<String> arguments,
        Path logFile,
        Path readyFile,
        int debugPort) {}
