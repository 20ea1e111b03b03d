package lab.grader.selfcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import lab.grader.runner.KataSource;

/**
 * Build a submission for the self-check: a scratch copy of a reference kata with some whole files replaced, graded
 * with the reference's dependencies.
 */
final class Overlays {

    static final Path TEST_ROOT = Path.of("src/test").toAbsolutePath();

    private Overlays() {}

    static KataSource apply(KataSource reference, Path overlay, Path scratch, String label) {
        try {
            delete(scratch);
            copy(reference.moduleDir().resolve("src"), scratch.resolve("src"));
            Files.copy(reference.moduleDir().resolve("pom.xml"), scratch.resolve("pom.xml"));
            copy(overlay, scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the submission " + overlay, e);
        }
        return new KataSource(reference.id(), label, scratch, reference.classpathFile());
    }

    /** List the variant folders under a folder, sorted. */
    static List<Path> variants(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
