package lab.grader.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compile a kata's sources into a folder the grader owns. Compiling here rather than trusting a stale
 * {@code target/classes} means the grade is always of the code as it is now, and the compiler's own first error can
 * be shown when it fails. The learner's folder is only read.
 */
public final class KataCompiler {

    private KataCompiler() {}

    public static CompileOutcome compile(KataSource kata, Path outputDir) {
        if (!Files.isRegularFile(kata.classpathFile())) {
            return new CompileOutcome(
                    false,
                    outputDir,
                    List.of(),
                    List.of("The dependencies of " + kata.id()
                            + " are not resolved yet (" + kata.classpathFile()
                            + " is missing). Grade through Maven from the repository root, ./mvnw test, which resolves"
                            + " them first. If you did, the kata is not a module of the build: list it in "
                            + kata.tree() + "/pom.xml (<module>" + kata.id() + "</module>); or that build stopped at"
                            + " this kata's pom.xml: fix the pom.xml."));
        }
        try {
            List<String> dependencies = readClasspath(kata.classpathFile());
            List<Path> sources = javaSources(kata.sourceDir());
            if (sources.isEmpty()) {
                return new CompileOutcome(
                        false, outputDir, dependencies, List.of("No Java sources found under " + kata.sourceDir()));
            }
            clean(outputDir);
            Files.createDirectories(outputDir);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files =
                    compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> options = List.of(
                        "--release",
                        "21",
                        "-parameters",
                        "-proc:none",
                        "-nowarn",
                        "-encoding",
                        "UTF-8",
                        "-d",
                        outputDir.toString(),
                        "-classpath",
                        String.join(java.io.File.pathSeparator, dependencies));
                boolean ok = compiler.getTask(
                                null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                        .call();
                List<String> errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> describe(kata, d))
                        .toList();
                return new CompileOutcome(ok, outputDir, dependencies, ok ? List.of() : errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not compile " + kata.id(), e);
        }
    }

    private static String describe(KataSource kata, Diagnostic<? extends JavaFileObject> diagnostic) {
        String file = diagnostic.getSource() == null
                ? "?"
                : kata.moduleDir()
                        .relativize(Path.of(diagnostic.getSource().toUri()))
                        .toString();
        return file + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT);
    }

    private static List<String> readClasspath(Path file) throws IOException {
        String line = Files.readString(file).strip();
        return line.isEmpty() ? List.of() : Arrays.asList(line.split(java.io.File.pathSeparator));
    }

    private static List<Path> javaSources(Path sourceDir) throws IOException {
        if (!Files.isDirectory(sourceDir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(sourceDir)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all =
                    new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.delete(path);
            }
        }
    }
}
