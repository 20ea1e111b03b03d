package lab.grader.runner;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Start kata JVMs faster from an archive of the classes a kata's libraries load (Spring Boot, the JDBC driver,
 * Jackson, ...), which the JVM maps instead of reading, parsing and verifying thousands of class files: the AOT cache
 * on JDK 25 and later, a class-data-sharing archive before ({@link ArchiveFormat}). Either covers the jars only, so
 * the learner's own classes, compiled afresh on every run, are never in it and an edit never makes it stale.
 *
 * <p>It is keyed by the JVM and the jars (paths, sizes, times), kept under {@code target/lab/cache/<format>/}, and
 * built in the background from what the first start with those jars recorded. Until then, and whenever it cannot be
 * used, the kata starts as it would without it: an archive never decides a grade.
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

    private final ArchiveFormat format;
    private final Path directory;
    private final List<String> jars;
    // The classpath and working directory of the start that recorded, which the AOT cache is built with: the JVM
    // checks that the entries are the same, in the same order.
    private volatile List<String> recordedClasspath = List.of();
    private volatile Path recordedWorkingDirectory;
    // Whether a start through this instance records; only that instance builds, once its JVM has stopped (another
    // kata with the same jars, graded at the same time, may stop first).
    private volatile boolean records;

    private StartupArchive(ArchiveFormat format, Path directory, List<String> jars) {
        this.format = format;
        this.directory = directory;
        this.jars = List.copyOf(jars);
    }

    /** The archive for a kata JVM started with these jars, under the cache folder. */
    public static StartupArchive of(Path cacheRoot, ArchiveFormat format, List<String> jars) {
        return new StartupArchive(format, cacheRoot.resolve(format.folder()).resolve(key(jars)), jars);
    }

    public ArchiveFormat format() {
        return format;
    }

    Path archive() {
        return directory.resolve(format.archiveFile());
    }

    private Path recording() {
        return directory.resolve(format.recordingFile());
    }

    /**
     * The classpath of a kata JVM started in this working directory: the jars first, then the directories, which
     * the archive of jars stays valid for. For the AOT cache the directories go into a {@link PathingJar} in the
     * working directory, named relative to it: the JVM checks every entry's name, size and time, and so every kata
     * with these jars must give the same ones (see {@link PathingJar}).
     */
    public List<String> classpath(List<String> directories, Path workingDirectory) {
        List<String> classpath = new ArrayList<>(jars);
        try {
            if (format.needsPathingJar()) {
                PathingJar.write(workingDirectory.resolve(PathingJar.FILE_NAME), directories);
                classpath.add(PathingJar.FILE_NAME);
                return List.copyOf(classpath);
            }
        } catch (UncheckedIOException e) {
            // The folders then go on the classpath as they are, and use() leaves the cache out of this start.
        }
        classpath.addAll(directories);
        return List.copyOf(classpath);
    }

    public boolean ready() {
        return Files.isRegularFile(archive());
    }

    /**
     * How one start with this classpath uses the archive: it maps the archive when it is ready; otherwise the first
     * start only records what the archive will hold, from which it is built once that JVM has stopped.
     */
    public Use use(boolean firstInstance, List<String> classpath, Path workingDirectory) {
        if (format.needsPathingJar() && !classpath.contains(PathingJar.FILE_NAME)) {
            return Use.NONE;
        }
        if (ready()) {
            return new Use(format.useOptions(archive()), false);
        }
        if (firstInstance && BUILDING.add(directory)) {
            try {
                Files.createDirectories(directory);
                Files.deleteIfExists(recording());
            } catch (IOException e) {
                BUILDING.remove(directory);
                return Use.NONE;
            }
            recordedClasspath = List.copyOf(classpath);
            recordedWorkingDirectory = workingDirectory;
            records = true;
            return new Use(format.recordOptions(recording(), directory.resolve("record.log")), true);
        }
        return Use.NONE;
    }

    /**
     * The JVM options of one start, and whether that JVM records: it then writes its recording as it exits (the AOT
     * configuration takes seconds), and must be given the time to.
     */
    public record Use(List<String> jvmOptions, boolean records) {
        public static final Use NONE = new Use(List.of(), false);
    }

    /** Once the recording JVM has stopped: build the archive from its class list, in the background. */
    public void buildWhenRecorded() {
        if (!records) {
            return;
        }
        records = false;
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
    public boolean refusedIn(String log) {
        return format.refusedIn(log);
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
        if (!Files.isRegularFile(recording())) {
            return;
        }
        Path partial = directory.resolve(format.archiveFile() + ".partial");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The same collector as the kata JVMs (KataJvm), so the archive's heap part can be mapped too.
        command.add("-XX:+UseSerialGC");
        command.addAll(format.buildOptions(recording(), partial));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, buildClasspath()));
        try {
            Process dump = new ProcessBuilder(command)
                    .directory(buildWorkingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("dump.log").toFile())
                    .start();
            DUMPS.add(dump);
            try {
                if (dump.waitFor(5, TimeUnit.MINUTES) && dump.exitValue() == 0 && Files.size(partial) > 0) {
                    Files.move(partial, archive(), StandardCopyOption.ATOMIC_MOVE);
                    // An AOT configuration is as large as the cache itself, and of no use once the cache is built.
                    Files.deleteIfExists(recording());
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

    // A class list names its classes, so the jars are enough to build from; an AOT configuration is checked against
    // the classpath it was recorded with, pathing jar included.
    private List<String> buildClasspath() {
        return usesRecordedClasspath() ? recordedClasspath : jars;
    }

    private Path buildWorkingDirectory() {
        return usesRecordedClasspath() ? recordedWorkingDirectory : directory;
    }

    private boolean usesRecordedClasspath() {
        return format.needsPathingJar() && recordedWorkingDirectory != null;
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
