package lab.grader.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * A jar holding nothing but a manifest whose {@code Class-Path} names directories. The application class loader
 * reads the learner's classes and resources from those directories, in that order, as it would from the classpath
 * itself, while the JVM's own classpath holds jars only, which the AOT cache needs to record at all. The JVM archives
 * nothing it loaded through such an entry ("Unsupported location"), so an edit never meets a stale copy of the
 * learner's code.
 *
 * <p>A JVM that maps an AOT cache checks each classpath entry of the recording start by name, size and time, this
 * jar included, although no archived class came from it. Every kata with the same jars shares one cache, so every
 * pathing jar has the same name ({@value #FILE_NAME}, relative to the kata JVM's working directory), the same size
 * (padded with a zip comment) and the same time, whatever directories it names.
 */
final class PathingJar {

    static final String FILE_NAME = "classpath.jar";

    // Larger than any manifest of three directories; a longer one takes the next multiple, and a JVM whose pathing
    // jar then differs in size from the recorded one refuses the cache, which is rebuilt.
    static final int SIZE = 16 * 1024;

    static final FileTime TIME = FileTime.fromMillis(315_532_800_000L);

    private PathingJar() {}

    /** Write the jar for these directories at this path, unless it already holds exactly them, and give it its time. */
    static Path write(Path jar, List<String> directories) {
        byte[] bytes = bytes(directories);
        try {
            if (!Files.isRegularFile(jar) || !Arrays.equals(Files.readAllBytes(jar), bytes)) {
                Files.createDirectories(jar.getParent());
                // Replaced at once, never rewritten in place: a JVM of the previous kata may still have it open.
                Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
                Files.write(partial, bytes);
                Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.setLastModifiedTime(jar, TIME);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the kata's classpath jar " + jar, e);
        }
    }

    static byte[] bytes(List<String> directories) {
        byte[] unpadded = jar(directories, "");
        int size = (unpadded.length + SIZE - 1) / SIZE * SIZE;
        return jar(directories, " ".repeat(size - unpadded.length));
    }

    private static byte[] jar(List<String> directories, String comment) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath(directories));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out)) {
            JarEntry entry = new JarEntry(JarFile.MANIFEST_NAME);
            entry.setTime(TIME.toMillis());
            jar.putNextEntry(entry);
            manifest.write(jar);
            jar.closeEntry();
            jar.setComment(comment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The manifest's {@code Class-Path}: absolute {@code file:} URLs, escaped (a space in a path is {@code %20}), each
     * ending in a slash, without which the class loader would take the entry for a jar.
     */
    static String classPath(List<String> directories) {
        return directories.stream()
                .map(directory -> Path.of(directory).toAbsolutePath().toUri().toString())
                .map(url -> url.endsWith("/") ? url : url + "/")
                .collect(Collectors.joining(" "));
    }
}
