package lab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real JVMs record, build and map each archive format the way kata JVMs do, with a library in a jar and the
 * learner's class in a directory: the library comes from the archive, the learner's class never does.
 */
class StartupArchiveTests {

    @TempDir
    Path dir;

    private Path cache;
    private Path library;
    private Path classes;
    private Path work;

    @BeforeEach
    void compileLibraryAndLearner() throws IOException {
        cache = dir.resolve("cache");
        library = dir.resolve("library.jar");
        classes = Files.createDirectories(dir.resolve("classes"));
        work = Files.createDirectories(dir.resolve("work/kata"));
        Path libraryClasses = compile(
                "lib/Greeting.java",
                "package lib; public class Greeting { public static String of(String who) { return \"hello \" + who; } }",
                dir.resolve("library-classes"),
                "");
        jar(libraryClasses, "lib/Greeting.class", library);
        learner("version one");
    }

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void the_learners_class_is_never_served_from_the_archive(ArchiveFormat format) throws Exception {
        assumeSupported(format);
        StartupArchive archive = StartupArchive.of(cache, format, List.of(library.toString()));
        List<String> classpath = archive.classpath(List.of(classes.toString()), work);
        StartupArchive.Use recording = archive.use(true, classpath, work);
        assertThat(recording.records()).as("the first start records").isTrue();
        assertThat(run(classpath, recording.jvmOptions(), work))
                .as("output of the recording start")
                .contains("hello version one");

        archive.buildWhenRecorded();
        StartupArchive.awaitBuilds(Duration.ofMinutes(2));
        assertThat(archive.ready()).as("archive built").isTrue();

        learner("version two");
        StartupArchive.Use mapping = archive.use(true, classpath, work);
        List<String> options = new ArrayList<>(mapping.jvmOptions());
        options.add("-Xlog:class+load=info");
        String output = run(classpath, options, work);

        assertThat(mapping.records())
                .as("a start with the archive ready records")
                .isFalse();
        assertThat(output)
                .as("output once the learner's class changed")
                .contains("hello version two")
                .contains("lib.Greeting source: shared objects file")
                .contains("app.Main source: file:");
        assertThat(archive.refusedIn(output)).as("archive refused").isFalse();
    }

    @ParameterizedTest
    @EnumSource(ArchiveFormat.class)
    void a_broken_archive_is_refused_said_and_forgotten_and_the_jvm_starts_without_it(ArchiveFormat format)
            throws Exception {
        assumeSupported(format);
        StartupArchive archive = StartupArchive.of(cache, format, List.of(library.toString()));
        List<String> classpath = archive.classpath(List.of(classes.toString()), work);
        Files.createDirectories(archive.archive().getParent());
        Files.writeString(archive.archive(), "not an archive, e.g. half-written by a JVM that was killed");

        String output = run(classpath, archive.use(true, classpath, work).jvmOptions(), work);

        assertThat(output).as("output with a broken archive").contains("hello version one");
        assertThat(archive.refusedIn(output))
                .as("refusal seen in the output:\n" + output)
                .isTrue();
        archive.discard();
        assertThat(archive.ready()).as("ready after discard").isFalse();
    }

    @Test
    void another_kata_with_the_same_jars_maps_the_aot_cache_and_runs_its_own_classes() throws Exception {
        assumeSupported(ArchiveFormat.AOT_CACHE);
        StartupArchive first = StartupArchive.of(cache, ArchiveFormat.AOT_CACHE, List.of(library.toString()));
        List<String> classpath = first.classpath(List.of(classes.toString()), work);
        run(classpath, first.use(true, classpath, work).jvmOptions(), work);
        first.buildWhenRecorded();
        StartupArchive.awaitBuilds(Duration.ofMinutes(2));
        Path otherWork = Files.createDirectories(dir.resolve("work/other-kata"));
        Path otherClasses = Files.createDirectories(dir.resolve("a much longer folder name/other-classes"));
        compile(
                "other/app/Main.java",
                "package app; public class Main { public static void main(String[] args) {"
                        + " System.out.println(lib.Greeting.of(\"the other kata\")); } }",
                otherClasses,
                library.toString());

        StartupArchive second = StartupArchive.of(cache, ArchiveFormat.AOT_CACHE, List.of(library.toString()));
        List<String> otherClasspath = second.classpath(List.of(otherClasses.toString()), otherWork);
        List<String> options =
                new ArrayList<>(second.use(true, otherClasspath, otherWork).jvmOptions());
        options.add("-Xlog:class+load=info");
        String output = run(otherClasspath, options, otherWork);

        assertThat(otherClasspath).as("classpath of the other kata").isEqualTo(classpath);
        assertThat(output)
                .as("output of the other kata")
                .contains("hello the other kata")
                .contains("lib.Greeting source: shared objects file");
        assertThat(second.refusedIn(output)).as("archive refused:\n" + output).isFalse();
    }

    @Test
    void another_jar_or_a_changed_one_gets_an_archive_of_its_own() throws IOException {
        List<String> jars = List.of(library.toString());
        Path before = StartupArchive.of(cache, ArchiveFormat.AOT_CACHE, jars).archive();

        Files.setLastModifiedTime(
                library, FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() + 2_000));

        assertThat(StartupArchive.of(cache, ArchiveFormat.AOT_CACHE, jars).archive())
                .as("archive after the jar changed")
                .isNotEqualTo(before);
        assertThat(StartupArchive.of(cache, ArchiveFormat.CLASS_DATA_SHARING, jars)
                        .archive()
                        .getParent())
                .as("folder of the other format")
                .isNotEqualTo(before.getParent());
    }

    private static void assumeSupported(ArchiveFormat format) {
        assumeTrue(
                format == ArchiveFormat.CLASS_DATA_SHARING || ArchiveFormat.bestFor(Runtime.version()) == format,
                format + " needs a later JDK than " + Runtime.version());
    }

    private void learner(String who) throws IOException {
        compile(
                "app/Main.java",
                "package app; public class Main { public static void main(String[] args) {"
                        + " System.out.println(lib.Greeting.of(\"" + who + "\")); } }",
                classes,
                library.toString());
    }

    private Path compile(String file, String code, Path output, String classpath) throws IOException {
        Path source = dir.resolve("sources").resolve(file);
        Files.createDirectories(source.getParent());
        Files.writeString(source, code);
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), source.toString()));
        if (!classpath.isEmpty()) {
            arguments.addAll(List.of("-cp", classpath));
        }
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
        assertThat(result).as("javac " + file).isZero();
        return output;
    }

    private static void jar(Path classes, String entry, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream stream = new JarOutputStream(out)) {
            stream.putNextEntry(new JarEntry(entry));
            stream.write(Files.readAllBytes(classes.resolve(entry)));
            stream.closeEntry();
        }
    }

    private String run(List<String> classpath, List<String> options, Path workingDirectory) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classpath), "app.Main"));
        Path log = Files.createTempFile(dir, "jvm", ".log");
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("JVM ended").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as("exit code of " + command + "\n" + output)
                .isZero();
        return output;
    }
}
