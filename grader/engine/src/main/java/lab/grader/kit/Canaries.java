package lab.grader.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import lab.grader.probes.BurstAnswer;

/**
 * Secrets the grader plants for one run (API keys, internal notes), random from the run's seed, so that finding one
 * where it must not be (a response, a header, the kata's log) proves it leaked: no code can know it in advance, and
 * no legitimate answer holds it. Matching ignores case, so an upper-cased copy counts too.
 */
public final class Canaries {

    private final List<String> values;

    private Canaries(List<String> values) {
        this.values = List.copyOf(values);
    }

    /** {@code count} secrets, each the prefix and 24 random hex digits. */
    public static Canaries random(RandomGenerator random, String prefix, int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[12];
            random.nextBytes(bytes);
            values.add(prefix + HexFormat.of().formatHex(bytes));
        }
        return new Canaries(values);
    }

    /** Canaries made elsewhere, e.g. several sets joined into one to scan for. */
    public static Canaries of(List<String> values) {
        return new Canaries(values);
    }

    public List<String> values() {
        return values;
    }

    /** The canaries the text holds. */
    public List<String> in(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        return values.stream()
                .filter(value -> haystack.contains(value.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The canaries an answer holds, in its body or in any header. */
    public List<String> in(BurstAnswer answer) {
        StringBuilder text = new StringBuilder(answer.body() == null ? "" : answer.body());
        if (answer.headers() != null) {
            answer.headers()
                    .map()
                    .forEach((name, list) ->
                            text.append('\n').append(name).append(": ").append(list));
        }
        return in(text.toString());
    }

    /** The canaries a file holds, e.g. the kata's log; a file that does not exist holds none. */
    public List<String> inFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return in(Files.readString(file, StandardCharsets.UTF_8));
    }
}
