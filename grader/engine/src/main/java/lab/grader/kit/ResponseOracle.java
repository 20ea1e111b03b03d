package lab.grader.kit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lab.grader.probes.BurstAnswer;

/**
 * Tell whether two answers differ the way an attacker could see: status, headers (but {@code Date}, and
 * {@code Content-Length}, which follows the body), or body. Each answer's own input is masked out first, in the forms
 * a service may echo it (as sent, URL-encoded, JSON-escaped): an error that repeats what it was sent is not an oracle,
 * an answer that depends on whether the injected condition held is.
 */
public final class ResponseOracle {

    private static final Set<String> IGNORED_HEADERS = Set.of("date", "content-length");
    private static final String MASK = "<input>";

    private ResponseOracle() {}

    /** How the two answers differ, or empty if an attacker cannot tell them apart. */
    public static Optional<String> difference(BurstAnswer a, String inputA, BurstAnswer b, String inputB) {
        if (a.status() != b.status()) {
            return Optional.of("status " + a.status() + " vs " + b.status());
        }
        Map<String, String> headersA = headers(a, inputA);
        Map<String, String> headersB = headers(b, inputB);
        if (!headersA.equals(headersB)) {
            return Optional.of("headers " + headersA + " vs " + headersB);
        }
        String bodyA = masked(a.body(), inputA);
        String bodyB = masked(b.body(), inputB);
        if (!bodyA.equals(bodyB)) {
            return Optional.of("bodies " + Text.quote(bodyA, 120) + " vs " + Text.quote(bodyB, 120));
        }
        return Optional.empty();
    }

    private static Map<String, String> headers(BurstAnswer answer, String input) {
        if (answer.headers() == null) {
            return Map.of();
        }
        return answer.headers().map().entrySet().stream()
                .filter(entry -> !IGNORED_HEADERS.contains(entry.getKey().toLowerCase()))
                .collect(Collectors.toMap(
                        entry -> entry.getKey().toLowerCase(),
                        entry -> masked(String.join(",", entry.getValue()), input),
                        (x, y) -> x,
                        TreeMap::new));
    }

    static String masked(String text, String input) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (String form : List.of(
                input,
                URLEncoder.encode(input, StandardCharsets.UTF_8),
                URLEncoder.encode(input, StandardCharsets.UTF_8).replace("+", "%20"),
                input.replace("\\", "\\\\").replace("\"", "\\\""))) {
            if (!form.isEmpty()) {
                result = result.replace(form, MASK);
            }
        }
        return result;
    }
}
