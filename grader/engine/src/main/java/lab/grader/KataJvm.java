package lab.grader;

import java.nio.file.Files;
import java.nio.file.Path;
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
        List<String> options = new ArrayList<>(options(definition));
        archive.ifPresent(shared -> options.addAll(shared.jvmOptions(index == 0)));
        return new LaunchSpec(
                definition.mainClass(),
                classpath(source, compiled),
                options,
                arguments,
                run.logDirectory(source).resolve(source.id() + "-" + name + ".log"),
                readyFile,
                debugPort);
    }

    /** The class-data-sharing archive of the kata's jars, unless -Dlab.fastStart=false turned it off. */
    static Optional<StartupArchive> startupArchive(RunContext run, CompileOutcome compiled) {
        if (!run.settings().fastStart()) {
            return Optional.empty();
        }
        return Optional.of(StartupArchive.of(run.settings().labDirectory().resolve("cache"), jars(compiled)));
    }

    // The jars first and every directory after them: class-data sharing maps classes from jars only, and the
    // archive stays valid for a classpath that begins with the jars it was built from.
    private static List<String> classpath(KataSource source, CompileOutcome compiled) {
        List<String> classpath = new ArrayList<>(jars(compiled));
        classpath.add(compiled.classesDir().toString());
        classpath.add(source.resourceDir().toString());
        ProbeClasspath.entries().stream().filter(entry -> !isJar(entry)).forEach(classpath::add);
        return classpath;
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
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Xshare:auto",
                "-Dfile.encoding=UTF-8"));
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
