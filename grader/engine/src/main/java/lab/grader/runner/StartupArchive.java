package lab.grader.runner;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Start kata JVMs faster with class-data sharing: an archive of the classes a kata's libraries load at start-up
 * (Spring Boot, the JDBC driver, Jackson, ...), which the JVM maps instead of parsing thousands of class files. The
 * archive covers the jars only (the JVM archives nothing from directories), so the learner's own classes, compiled
 * afresh on every run, are never in it and an edit never makes it stale.
 *
 * <p>It is keyed by the JVM and the jars (paths, sizes, times), kept under {@code target/lab/cache/cds/}, and built
 * in the background from the list of classes the first start with those jars loaded. Until then, and whenever it
 * cannot be used, the kata starts as it would without it: an archive never decides a grade.
 */
public final class StartupArchive {

    private static final Set<Path> BUILDING = ConcurrentHashMap.newKeySet();
    private static final Set<Process> DUMPS = ConcurrentHashMap.newKeySet();
    private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lab-startup-archive");
        thread.setDaemon(true);
        return thread;
    });

    static {
        // A dump still running when the grader stops is ended with it; its half-written file is never renamed.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> DUMPS.forEach(Process::destroyForcibly), "lab-startup-archive-stop"));
    }

    private final Path directory;
    private final List<String> jars;

    private StartupArchive(Path directory, List<String> jars) {
        this.directory = directory;
        this.jars = List.copyOf(jars);
    }

    /** The archive for a kata JVM started with these jars, under the cache folder. */
    public static StartupArchive of(Path cacheRoot, List<String> jars) {
        return new StartupArchive(cacheRoot.resolve("cds").resolve(key(jars)), jars);
    }

    private Path archive() {
        return directory.resolve("libraries.jsa");
    }

    private Path classList() {
        return directory.resolve("classes.lst");
    }

    public boolean ready() {
        return Files.isRegularFile(archive());
    }

    /**
     * The JVM options for one start: map the archive when it is ready; otherwise, for the first start only, record
     * the classes loaded, from which the archive is built once that JVM has stopped.
     */
    public List<String> jvmOptions(boolean firstInstance) {
        if (ready()) {
            return List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive());
        }
        if (firstInstance && BUILDING.add(directory)) {
            try {
                Files.createDirectories(directory);
                Files.deleteIfExists(classList());
            } catch (IOException e) {
                BUILDING.remove(directory);
                return List.of();
            }
            return List.of("-XX:DumpLoadedClassList=" + classList());
        }
        return List.of();
    }

    /** Once the recording JVM has stopped: build the archive from its class list, in the background. */
    public void buildWhenRecorded() {
        if (ready() || !BUILDING.contains(directory)) {
            return;
        }
        BUILDER.submit(() -> {
            try {
                build();
            } finally {
                BUILDING.remove(directory);
            }
        });
    }

    /**
     * Wait for archives still being built, so that the next run starts fast even when this one graded a single kata;
     * each classpath is built once. Return whether anything was still building.
     */
    public static boolean awaitBuilds(Duration limit) throws InterruptedException {
        if (BUILDING.isEmpty()) {
            return false;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (!BUILDING.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return true;
    }

    /** Whether a kata JVM's log says it could not use the archive it was given. */
    public static boolean refusedIn(String log) {
        return log.contains("shared class paths mismatch")
                || log.contains("Unable to use shared archive")
                || log.contains("An error has occurred while processing the shared archive file");
    }

    /** Forget an archive that a JVM refused, so that the next start records and builds it anew. */
    public void discard() {
        try {
            Files.deleteIfExists(archive());
        } catch (IOException e) {
            // Left in place, it is refused again and the kata starts without it, as now.
        }
    }

    private void build() {
        if (!Files.isRegularFile(classList())) {
            return;
        }
        Path partial = directory.resolve("libraries.jsa.partial");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:dump",
                // The same collector as the kata JVMs (KataJvm), so the archive's heap part can be mapped too.
                "-XX:+UseSerialGC",
                "-XX:SharedClassListFile=" + classList(),
                "-XX:SharedArchiveFile=" + partial,
                "-cp",
                String.join(File.pathSeparator, jars)));
        try {
            Process dump = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("dump.log").toFile())
                    .start();
            DUMPS.add(dump);
            try {
                if (dump.waitFor(5, TimeUnit.MINUTES) && dump.exitValue() == 0 && Files.size(partial) > 0) {
                    Files.move(partial, archive(), StandardCopyOption.ATOMIC_MOVE);
                } else {
                    dump.destroyForcibly();
                }
            } finally {
                DUMPS.remove(dump);
            }
        } catch (IOException e) {
            // No archive this time: kata JVMs start as they would without one.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String key(List<String> jars) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((System.getProperty("java.home") + "|" + Runtime.version()).getBytes(StandardCharsets.UTF_8));
            for (String jar : jars) {
                Path path = Path.of(jar);
                long size = Files.exists(path) ? Files.size(path) : -1;
                long modified =
                        Files.exists(path) ? Files.getLastModifiedTime(path).toMillis() : -1;
                digest.update((jar + "|" + size + "|" + modified + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("Cannot key the start-up archive", e);
        }
    }
}
