package lab.grader.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Describe one kata JVM to start.
 *
 * @param arguments Spring Boot command-line properties, e.g. {@code --spring.datasource.url=...}
 * @param workingDirectory the directory the JVM runs in, which relative classpath entries are resolved against
 * @param debugPort a port to wait on for a debugger before starting, or 0
 * @param stopGrace how long the JVM may take to exit once asked to stop, before it is killed
 */
public record LaunchSpec(
        String mainClass,
        List<String> classpath,
        List<String> jvmOptions,
        List<String> arguments,
        Path logFile,
        Path readyFile,
        Path workingDirectory,
        int debugPort,
        Duration stopGrace) {}
