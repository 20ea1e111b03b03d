package lab.grader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lab.grader.model.KataDefinition;
import lab.grader.runner.CompileOutcome;
import lab.grader.runner.KataSource;
import lab.grader.runner.LaunchSpec;
import lab.grader.runner.ProbeClasspath;
import lab.grader.runner.StartupArchive;
import lab.grader.services.LabServices;

/** How the grader starts each JVM of a kata: classpath, JVM options and the Spring Boot arguments. */
final class KataJvm {

    // Half an hour off any whole-hour zone, and never the host's: see options.
    static final String TIME_ZONE = "America/St_Johns";

    // A kata gets a moment to shut down; a JVM that records for the start-up archive writes the recording as it
    // exits, which takes seconds more on a busy machine, and a killed one leaves nothing to build from.
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Duration RECORDING_STOP_GRACE = Duration.ofMinutes(1);

    private KataJvm() {}

    static String instanceName(int index) {
        return String.valueOf((char) ('A' + index));
    }

    static LaunchSpec launch(
            RunContext run,
            KataSource source,
            KataDefinition definition,
            CompileOutcome compiled,
            String jdbcUrl,
            List<String> fixtureArguments,
            Optional<StartupArchive> archive,
            int index,
            int debugPort) {
        String name = instanceName(index);
        Path readyFile = run.workDirectory(source).resolve("ready-" + name + ".properties");
        List<String> arguments = new ArrayList<>(arguments(run.services(), jdbcUrl, readyFile));
        arguments.addAll(fixtureArguments);
        // A kata JVM runs in the kata's work directory, with or without an archive: a file it writes by a relative
        // path lands there, and the AOT cache names its pathing jar relative to it (StartupArchive.classpath).
        Path workingDirectory = run.workDirectory(source);
        List<String> directories = directories(source, compiled);
        List<String> classpath = archive.map(shared -> shared.classpath(directories, workingDirectory))
                .orElseGet(() -> plainClasspath(compiled, directories));
        StartupArchive.Use use = archive.map(shared -> shared.use(index == 0, classpath, workingDirectory))
                .orElse(StartupArchive.Use.NONE);
        List<String> options = new ArrayList<>(options(definition));
        options.addAll(use.jvmOptions());
        options.addAll(run.settings().kataJvmOptions());
        return new LaunchSpec(
                definition.mainClass(),
                classpath,
                options,
                arguments,
                run.logDirectory(source).resolve(source.id() + "-" + name + ".log"),
                readyFile,
                workingDirectory,
                debugPort,
                use.records() ? RECORDING_STOP_GRACE : STOP_GRACE);
    }

    /** The start-up archive of the kata's jars, in the format -Dlab.fastStart chose; none when it is false. */
    static Optional<StartupArchive> startupArchive(RunContext run, CompileOutcome compiled) {
        return run.settings()
                .fastStart()
                .map(format ->
                        StartupArchive.of(run.settings().labDirectory().resolve("cache"), format, jars(compiled)));
    }

    // The jars first and every directory after them, as with an archive (StartupArchive.classpath), so that turning
    // the archive off changes nothing else.
    private static List<String> plainClasspath(CompileOutcome compiled, List<String> directories) {
        List<String> classpath = new ArrayList<>(jars(compiled));
        classpath.addAll(directories);
        return classpath;
    }

    // The learner's classes and resources, and the probe's classes in a reactor build: never in an archive.
    private static List<String> directories(KataSource source, CompileOutcome compiled) {
        List<String> directories = new ArrayList<>();
        directories.add(compiled.classesDir().toString());
        directories.add(source.resourceDir().toString());
        ProbeClasspath.entries().stream().filter(entry -> !isJar(entry)).forEach(directories::add);
        return directories;
    }

    private static List<String> jars(CompileOutcome compiled) {
        List<String> jars = new ArrayList<>();
        compiled.dependencies().stream().filter(KataJvm::isJar).forEach(jars::add);
        ProbeClasspath.entries().stream().filter(KataJvm::isJar).forEach(jars::add);
        return jars;
    }

    private static boolean isJar(String entry) {
        return entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry));
    }

    static List<String> options(KataDefinition definition) {
        List<String> options = new ArrayList<>(definition.jvmOptions());
        // Quick start-up over peak speed; an OutOfMemoryError ends the process so it is reported, not hidden.
        options.addAll(List.of(
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8"));
        // The same grade on every machine: a kata never runs in the host's zone (UTC on most CI runners), so a
        // range built from a zone-less LocalDateTime fails everywhere, not only on a learner's laptop in Berlin.
        if (options.stream().noneMatch(option -> option.startsWith("-Duser.timezone="))) {
            options.add("-Duser.timezone=" + TIME_ZONE);
        }
        return options;
    }

    /**
     * The kata's JDBC URL: through the grader's wire proxy on the loopback port, in plain text so the proxy can read
     * the protocol (decision 0012).
     */
    static String jdbcUrlThroughProxy(int proxyPort, String database) {
        return "jdbc:postgresql://127.0.0.1:" + proxyPort + "/" + database + "?sslmode=disable";
    }

    private static List<String> arguments(LabServices services, String jdbcUrl, Path readyFile) {
        return List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                // A kata stuck in a handler must not hold up its own shutdown.
                "--server.shutdown=immediate",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + services.postgres().user(),
                "--spring.datasource.password=" + services.postgres().password(),
                "--spring.data.redis.url=" + services.redis().url(),
                "--lab.probe.ready-file=" + readyFile);
    }
}
