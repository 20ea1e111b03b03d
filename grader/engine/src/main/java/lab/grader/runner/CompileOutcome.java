package lab.grader.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * Say whether a kata compiled, and if not, the compiler's errors as {@code file:line: message}.
 *
 * @param classesDir where the classes went; only meaningful when {@link #compiled()}
 */
public record CompileOutcome(boolean compiled, Path classesDir, List<String> dependencies, List<String> errors) {

    public String firstError() {
        return errors.isEmpty() ? "" : errors.getFirst();
    }
}
