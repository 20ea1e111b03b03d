package lab.grader.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * The two kinds of start-up archive a kata JVM can map, with the options that record, build and use each. Both hold
 * classes from the kata's jars only; the learner's classes are never in either (see {@link PathingJar}).
 */
public enum ArchiveFormat {

    /**
     * A static class-data-sharing archive (JDK 21 and later): the classes a first start loaded, parsed and verified.
     * The learner's directories go on the classpath as they are, after the jars.
     */
    CLASS_DATA_SHARING("cds", "class-data-sharing archive", "libraries.jsa", "classes.lst") {
        @Override
        List<String> useOptions(Path archive) {
            return List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive);
        }

        @Override
        List<String> recordOptions(Path recording, Path recordLog) {
            return List.of("-XX:DumpLoadedClassList=" + recording);
        }

        @Override
        List<String> buildOptions(Path recording, Path partial) {
            return List.of("-Xshare:dump", "-XX:SharedClassListFile=" + recording, "-XX:SharedArchiveFile=" + partial);
        }

        @Override
        boolean refusedIn(String log) {
            return log.contains("shared class paths mismatch")
                    || log.contains("Unable to use shared archive")
                    || log.contains("Not a valid shared archive file")
                    || log.contains("An error has occurred while processing the shared archive file");
        }
    },

    /**
     * The AOT cache of JDK 25 (JEPs 483, 514, 515): the classes a first start loaded and also linked, with their
     * resolved constant-pool entries, lambda forms and method profiles, so the checks' first requests find their
     * classes ready too. The JVM refuses to record with a non-empty directory on the classpath, so the learner's
     * directories reach the class path through a {@link PathingJar} instead.
     */
    AOT_CACHE("aot", "AOT cache", "libraries.aot", "training.aotconf") {
        @Override
        List<String> useOptions(Path archive) {
            return List.of("-XX:AOTCache=" + archive);
        }

        // Its notes ("Skipping lab/nplusone/...: Unsupported location" for each of the learner's classes) go to a
        // file, so that the tail of a kata's log, which feedback quotes, stays the kata's own.
        @Override
        List<String> recordOptions(Path recording, Path recordLog) {
            return List.of(
                    "-XX:AOTMode=record",
                    "-XX:AOTConfiguration=" + recording,
                    "-Xlog:aot*=off",
                    "-Xlog:cds*=off",
                    "-Xlog:aot*=warning:file=" + recordLog);
        }

        @Override
        List<String> buildOptions(Path recording, Path partial) {
            return List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + recording, "-XX:AOTCache=" + partial);
        }

        @Override
        boolean refusedIn(String log) {
            return log.contains("Unable to use AOT cache")
                    || log.contains("An error has occurred while processing the AOT cache");
        }

        @Override
        boolean needsPathingJar() {
            return true;
        }
    };

    private static final int FIRST_FEATURE_WITH_AOT_CACHE = 25;

    private final String folder;
    private final String description;
    private final String archiveFile;
    private final String recordingFile;

    ArchiveFormat(String folder, String description, String archiveFile, String recordingFile) {
        this.folder = folder;
        this.description = description;
        this.archiveFile = archiveFile;
        this.recordingFile = recordingFile;
    }

    /**
     * The best format this JVM offers: the AOT cache from JDK 25 (the release that records and builds it in two steps
     * with method profiles, and the first this lab tried it on), class-data sharing before.
     */
    public static ArchiveFormat bestFor(Runtime.Version version) {
        return version.feature() >= FIRST_FEATURE_WITH_AOT_CACHE ? AOT_CACHE : CLASS_DATA_SHARING;
    }

    /** Where archives of this format live under the cache folder, one subfolder per key. */
    String folder() {
        return folder;
    }

    /** What the console calls it. */
    public String description() {
        return description;
    }

    String archiveFile() {
        return archiveFile;
    }

    String recordingFile() {
        return recordingFile;
    }

    /** The options of a JVM that maps the archive. */
    abstract List<String> useOptions(Path archive);

    /** The options of the first start, which records what the archive will hold. */
    abstract List<String> recordOptions(Path recording, Path recordLog);

    /** The options of the JVM that builds the archive from the recording, besides the collector and the classpath. */
    abstract List<String> buildOptions(Path recording, Path partial);

    /** Whether a kata JVM's log says it could not use the archive it was given. */
    abstract boolean refusedIn(String log);

    /** Whether the learner's directories must reach the JVM through a manifest instead of the classpath itself. */
    boolean needsPathingJar() {
        return false;
    }
}
