package lab.grader.runner;

import java.nio.file.Path;

/**
 * Point at one kata's code: its module folder and the runtime classpath Maven resolved for it.
 *
 * @param id the folder name, e.g. {@code 01-n-plus-one}
 * @param tree {@code exercises}, {@code solutions}, or a label for a scratch copy
 * @param moduleDir the Maven module, read and never written
 * @param classpathFile the dependency classpath, one line, {@code :}-separated
 */
public record KataSource(String id, String tree, Path moduleDir, Path classpathFile) {

    public static KataSource of(String tree, Path moduleDir) {
        return new KataSource(
                moduleDir.getFileName().toString(),
                tree,
                moduleDir,
                moduleDir.resolve("target").resolve("lab-classpath.txt"));
    }

    /** The kata's name without its number, e.g. {@code n-plus-one}. */
    public String slug() {
        return id.replaceFirst("^\\d+-", "");
    }

    public String number() {
        return id.replaceFirst("-.*$", "");
    }

    public Path sourceDir() {
        return moduleDir.resolve("src/main/java");
    }

    public Path resourceDir() {
        return moduleDir.resolve("src/main/resources");
    }
}
