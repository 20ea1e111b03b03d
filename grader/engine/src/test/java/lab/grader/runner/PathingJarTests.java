package lab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar that carries the learner's directories for the AOT cache reaches them as the classpath would. */
class PathingJarTests {

    @TempDir
    Path dir;

    @Test
    void the_manifest_names_each_directory_as_an_escaped_file_url_ending_in_a_slash() {
        Path classes = dir.resolve("my kata/classes");
        Path missing = dir.resolve("resources");

        // Neither exists yet, as a kata without resources has no resource folder: the slash must be there anyway.
        assertThat(PathingJar.classPath(List.of(classes.toString(), missing.toString())))
                .as("Class-Path of two directories")
                .isEqualTo(dir.toUri() + "my%20kata/classes/ " + dir.toUri() + "resources/");
    }

    @Test
    void a_class_loader_reads_resources_from_the_directories_in_their_order() throws IOException {
        Path first = Files.createDirectories(dir.resolve("classes"));
        Path second = Files.createDirectories(dir.resolve("with space/resources"));
        Files.writeString(first.resolve("only-in-first.txt"), "first");
        Files.writeString(second.resolve("only-in-second.txt"), "second");
        Files.writeString(first.resolve("in-both.txt"), "first wins");
        Files.writeString(second.resolve("in-both.txt"), "second loses");
        Path jar = PathingJar.write(dir.resolve("classpath.jar"), List.of(first.toString(), second.toString()));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(read(loader, "only-in-first.txt"))
                    .as("resource of the first directory")
                    .isEqualTo("first");
            assertThat(read(loader, "only-in-second.txt"))
                    .as("resource of the second directory, whose path has a space")
                    .isEqualTo("second");
            assertThat(read(loader, "in-both.txt")).as("resource in both").isEqualTo("first wins");
        }
    }

    @Test
    void the_jar_holds_nothing_but_its_manifest() throws IOException {
        Path jar = PathingJar.write(
                dir.resolve("classpath.jar"), List.of(dir.resolve("classes").toString()));

        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.stream().map(entry -> entry.getName()))
                    .as("entries")
                    .containsExactly(JarFile.MANIFEST_NAME);
        }
    }

    @Test
    void every_pathing_jar_has_the_same_size_and_time_whatever_directories_it_names() throws IOException {
        // What a JVM mapping an AOT cache checks of each classpath entry; katas with the same jars share one cache.
        Path shortPaths = PathingJar.write(dir.resolve("a/classpath.jar"), List.of("/k"));
        Path longPaths = PathingJar.write(
                dir.resolve("b/classpath.jar"),
                List.of("/work/lab/target/lab/work/exercises/05-aggregate-in-database/classes", "/r", "/p"));

        assertThat(Files.size(longPaths))
                .as("size of a jar naming longer directories")
                .isEqualTo(Files.size(shortPaths));
        assertThat(Files.getLastModifiedTime(longPaths))
                .as("time of a jar naming longer directories")
                .isEqualTo(Files.getLastModifiedTime(shortPaths));
        assertThat(Files.readAllBytes(longPaths)).as("bytes").isNotEqualTo(Files.readAllBytes(shortPaths));
    }

    @Test
    void a_jar_touched_since_gets_its_time_back_and_other_directories_replace_its_content() throws IOException {
        Path jar = dir.resolve("classpath.jar");
        PathingJar.write(jar, List.of("/a"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000L));

        PathingJar.write(jar, List.of("/a"));
        assertThat(Files.getLastModifiedTime(jar))
                .as("time after writing again")
                .isEqualTo(PathingJar.TIME);

        PathingJar.write(jar, List.of("/a", "/b"));
        assertThat(Files.readAllBytes(jar))
                .as("bytes after writing other directories")
                .isEqualTo(PathingJar.bytes(List.of("/a", "/b")));
    }

    private static String read(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            assertThat(in).as("resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
