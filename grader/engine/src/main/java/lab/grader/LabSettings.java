package lab.grader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import lab.grader.runner.ArchiveFormat;
import lab.grader.services.ServiceMode;

/**
 * Hold the options of one grading run, read from {@code -D} properties so that Maven passes them straight through.
 *
 * @param root the repository root, where {@code exercises/}, {@code solutions/} and {@code target/lab/} live
 * @param tree {@code exercises} or {@code solutions}
 * @param kataFilter slugs, numbers or ids from {@code -Dkata=}; empty means every kata
 * @param services the requested service mode
 * @param seed the seed of every random data set in this run
 * @param debug start each kata suspended, waiting for a debugger
 * @param explore start a kata for exploring by hand instead of grading it
 * @param fastStart the archive of their libraries that kata JVMs start from: the best this JVM offers by default,
 *     the class-data-sharing archive with {@code -Dlab.fastStart=cds}, none with {@code -Dlab.fastStart=false} (to
 *     compare verdicts with and without)
 * @param kataJvmOptions options added to every kata JVM's, for trying start-up options in a benchmark
 *     ({@code -Dlab.kataJvmOptions="-XX:-UsePerfData"}); none by default
 * @param watch re-grade the one kata chosen on every save ({@code -Dlab.watch}), see {@link KataWatcher}
 * @param parallel how many katas to grade at once ({@code -Dlab.parallel}), each with a Redis of its own; by default
 *     one per two cores, at most {@value #MOST_PARALLEL_BY_DEFAULT}, since a kata's two JVMs and its checks keep about
 *     two cores busy
 */
public record LabSettings(
        Path root,
        String tree,
        List<String> kataFilter,
        ServiceMode services,
        long seed,
        boolean debug,
        boolean explore,
        Duration startupTimeout,
        Duration checkTimeout,
        Optional<ArchiveFormat> fastStart,
        List<String> kataJvmOptions,
        WatchMode watch,
        int parallel) {

    static final int MOST_PARALLEL = 16;
    static final int MOST_PARALLEL_BY_DEFAULT = 4;

    public static LabSettings from(Properties properties) {
        Path root = properties.containsKey("lab.root")
                ? Path.of(properties.getProperty("lab.root"))
                : findRoot(Path.of("").toAbsolutePath());
        String seed = properties.getProperty("lab.seed", "").strip();
        LabSettings settings = new LabSettings(
                root.toAbsolutePath().normalize(),
                properties.getProperty("lab.tree", "exercises"),
                Arrays.stream(properties.getProperty("kata", "").split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                ServiceMode.parse(properties.getProperty("lab.services", "auto")),
                seed.isEmpty() ? ThreadLocalRandom.current().nextLong(1, 1_000_000_000L) : seed(seed),
                isOn(properties, "lab.debug"),
                isOn(properties, "lab.explore"),
                seconds(properties, "lab.startupTimeout", 90),
                seconds(properties, "lab.checkTimeout", 30),
                fastStart(properties.getProperty("lab.fastStart", "").strip()),
                Arrays.stream(properties
                                .getProperty("lab.kataJvmOptions", "")
                                .strip()
                                .split("\\s+"))
                        .filter(option -> !option.isEmpty())
                        .toList(),
                WatchMode.parse(properties.getProperty("lab.watch")),
                parallel(properties.getProperty("lab.parallel", "").strip()));
        settings.checkWatch();
        return settings;
    }

    private static Optional<ArchiveFormat> fastStart(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "true" -> Optional.of(ArchiveFormat.bestFor(Runtime.version()));
            case "cds" -> Optional.of(ArchiveFormat.CLASS_DATA_SHARING);
            case "false" -> Optional.empty();
            default ->
                throw new IllegalArgumentException("-Dlab.fastStart=" + value + " is not a choice; use true (the"
                        + " default: the AOT cache on JDK 25 and later, class-data sharing before), cds (class-data"
                        + " sharing on any JDK) or false (no start-up archive).");
        };
    }

    private static int parallel(String value) {
        if (value.isEmpty()) {
            return Math.clamp(Runtime.getRuntime().availableProcessors() / 2, 1, MOST_PARALLEL_BY_DEFAULT);
        }
        try {
            int katas = Integer.parseInt(value);
            if (katas >= 1 && katas <= MOST_PARALLEL) {
                return katas;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw new IllegalArgumentException("-Dlab.parallel=" + value + " is not a number of katas to grade at once;"
                + " give 1 to " + MOST_PARALLEL + ", e.g. -Dlab.parallel=1 to grade one kata at a time (the default"
                + " is one per two cores, here " + parallel("") + ").");
    }

    // Watching follows one kata's sources; saying so now spares the learner a wait for services that are not used.
    private void checkWatch() {
        if (!watch.on()) {
            return;
        }
        if (kataFilter.size() != 1) {
            throw new IllegalArgumentException("-Dlab.watch follows one kata, so name exactly one with -Dkata, e.g."
                    + " ./mvnw test -Dkata=01 -Dlab.watch"
                    + (kataFilter.isEmpty() ? "" : " (-Dkata=" + String.join(",", kataFilter) + " names several)")
                    + ".");
        }
        if (explore) {
            throw new IllegalArgumentException("-Dlab.watch and -Dlab.explore do not go together: watch re-grades on"
                    + " every save, explore keeps one start running for you to try by hand. Choose one.");
        }
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-Dlab.seed=" + value + " is not a seed; use a whole number, such as the"
                    + " one a run printed (\"replay with -Dlab.seed=...\"), or leave it out for a random one.");
        }
    }

    // An empty value keeps the default.
    private static Duration seconds(Properties properties, String name, long defaultSeconds) {
        String value = properties.getProperty(name, "").strip();
        if (value.isEmpty()) {
            return Duration.ofSeconds(defaultSeconds);
        }
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw new IllegalArgumentException("-D" + name + "=" + value + " is not a time limit; give whole seconds"
                + " greater than 0, e.g. -D" + name + "=" + defaultSeconds * 2 + " (the default is " + defaultSeconds
                + ").");
    }

    public Path labDirectory() {
        return root.resolve("target").resolve("lab");
    }

    // "-Dlab.debug" alone arrives as an empty string: present means on, unless it says false.
    private static boolean isOn(Properties properties, String name) {
        String value = properties.getProperty(name);
        return value != null && !value.strip().equalsIgnoreCase("false");
    }

    private static Path findRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("grader")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return start;
    }
}
