package lab.grader.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Run one kata as a JVM of its own, so that a crash, {@code System.exit}, an OutOfMemoryError or a hang costs that
 * kata only, and grading code cannot be reached by the code it grades.
 */
public final class KataProcess implements AutoCloseable {

    private static final int LOG_TAIL_BYTES = 16 * 1024;

    // Kata JVMs still running when the grader's JVM stops (Ctrl-C in explore mode, a killed build) go with it.
    private static final Set<ProcessHandle> RUNNING = ConcurrentHashMap.newKeySet();
    // A kata started while the hook runs (Ctrl-C in the middle of a watch-mode grade) is stopped by whichever of
    // the two comes second: the hook sets this before it looks at RUNNING, start looks at it after adding.
    private static volatile boolean shuttingDown;

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            shuttingDown = true;
                            RUNNING.forEach(ProcessHandle::destroyForcibly);
                        },
                        "lab-kata-processes-shutdown"));
    }

    private final Process process;
    private final LaunchSpec spec;

    private KataProcess(Process process, LaunchSpec spec) {
        this.process = process;
        this.spec = spec;
    }

    public static KataProcess start(LaunchSpec spec) {
        return start(spec, ProcessBuilder.Redirect.to(spec.logFile().toFile()));
    }

    /**
     * Start the same JVM again (same classpath, options and arguments), after this one was killed: its log goes on
     * in the same file, after a line that says so, so the lines of the first life stay readable.
     */
    public KataProcess startAgain() {
        try {
            Files.writeString(
                    spec.logFile(),
                    "\n---- [lab] the grader started this instance again ----\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the kata's log " + spec.logFile(), e);
        }
        return start(spec, ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()));
    }

    private static KataProcess start(LaunchSpec spec, ProcessBuilder.Redirect log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(spec.jvmOptions());
        if (spec.debugPort() > 0) {
            command.add("-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:" + spec.debugPort());
        }
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, spec.classpath()));
        command.add(spec.mainClass());
        command.addAll(spec.arguments());
        try {
            Files.createDirectories(spec.logFile().getParent());
            Files.createDirectories(spec.workingDirectory());
            Files.deleteIfExists(spec.readyFile());
            Process process = new ProcessBuilder(command)
                    .directory(spec.workingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .redirectInput(ProcessBuilder.Redirect.from(devNull()))
                    .start();
            RUNNING.add(process.toHandle());
            if (shuttingDown) {
                process.destroyForcibly();
            }
            return new KataProcess(process, spec);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a JVM for " + spec.mainClass(), e);
        }
    }

    private static java.io.File devNull() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Wait until the probe inside the kata writes its ready file, the process exits, or the time is up. */
    public ReadyInfo awaitReady(Duration timeout) throws KataStartFailure, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(spec.readyFile())) {
                return readReadyFile();
            }
            if (!process.isAlive()) {
                throw new KataStartFailure(
                        KataStartFailure.Kind.EXITED,
                        "the kata process exited with code " + process.exitValue() + " before it was ready"
                                + outOfMemoryNote(),
                        logTail(),
                        spec.logFile());
            }
            Thread.sleep(25);
        }
        throw new KataStartFailure(
                KataStartFailure.Kind.TIMED_OUT,
                "the kata was not ready after " + timeout.toSeconds() + " s",
                logTail(),
                spec.logFile());
    }

    private ReadyInfo readReadyFile() {
        Properties ready = new Properties();
        try (InputStream in = Files.newInputStream(spec.readyFile())) {
            ready.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReadyInfo(
                Integer.parseInt(ready.getProperty("app.port")),
                Integer.parseInt(ready.getProperty("probe.port")),
                Long.parseLong(ready.getProperty("pid")));
    }

    /** Wait a moment for a process that is going down (e.g. after an OutOfMemoryError) to be gone. */
    public void awaitExit(Duration timeout) throws InterruptedException {
        process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Describe how the process ended, for a kata that died while it was being graded. */
    public String exitDescription() {
        return process.isAlive() ? "still running" : "exited with code " + process.exitValue() + outOfMemoryNote();
    }

    private String outOfMemoryNote() {
        return logTail().contains("OutOfMemoryError")
                ? " after running out of memory ("
                        + String.join(
                                " ",
                                spec.jvmOptions().stream()
                                        .filter(o -> o.startsWith("-Xmx"))
                                        .toList()) + ")"
                : "";
    }

    /** Return the last lines of the kata's log, for feedback when it crashed or a check failed. */
    public String logTail() {
        String tail = tail(spec.logFile(), 40);
        return tail.isBlank()
                ? "(the log is empty: the process ended before it wrote anything, e.g. System.exit in main)"
                : tail;
    }

    /** Return the first lines of the kata's log, where the JVM reports problems with its options. */
    public String logHead() {
        if (!Files.exists(spec.logFile())) {
            return "";
        }
        try (var lines = Files.lines(spec.logFile(), StandardCharsets.UTF_8)) {
            return String.join("\n", lines.limit(20).toList());
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    public Path logFile() {
        return spec.logFile();
    }

    static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, raf.length() - LOG_TAIL_BYTES);
            byte[] bytes = new byte[(int) (raf.length() - start)];
            raf.seek(start);
            raf.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * Kill the JVM as {@code kill -9} does: no shutdown hook, no flush, no graceful close of connections, the way a
     * crash or an out-of-memory killer ends it. Returns once the process is gone.
     */
    public void kill() throws InterruptedException {
        // Forgotten by the shutdown hook only once it is gone: a JVM that outlives the wait is still stopped with the
        // grader.
        if (process.destroyForcibly().waitFor(10, TimeUnit.SECONDS)) {
            RUNNING.remove(process.toHandle());
        }
    }

    @Override
    public void close() {
        RUNNING.remove(process.toHandle());
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(spec.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
