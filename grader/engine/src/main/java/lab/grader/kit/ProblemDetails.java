package lab.grader.kit;

import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import tools.jackson.databind.JsonNode;

/**
 * The one rule for error answers, for every kata: a 4xx is an RFC 9457 problem detail. That means the status asked
 * for, the content type {@code application/problem+json}, a JSON object whose {@code status} (when present) is the
 * HTTP status, and a {@code detail} that tells the caller what was wrong. Options make the detail say more: mention
 * a word (the parameter at fault), or name a line of an uploaded file.
 */
public final class ProblemDetails {

    static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final List<String> mentions = new ArrayList<>();
    private int line;

    private ProblemDetails(int status) {
        this.status = status;
    }

    /** An error answer with this status, as a problem detail. */
    public static ProblemDetails expect(int status) {
        return new ProblemDetails(status);
    }

    /** The detail must mention the word, in any case, e.g. the parameter that was wrong. */
    public ProblemDetails mentioning(String word) {
        mentions.add(word);
        return this;
    }

    /** The detail must name the line, as "line 12" (or "line: 12"). */
    public ProblemDetails namingLine(int number) {
        this.line = number;
        return this;
    }

    /** What the rule asks for, in the words of a failure message. */
    public String describe() {
        StringBuilder text = new StringBuilder("HTTP " + status + ", " + MEDIA_TYPE + " with a `detail`");
        if (!mentions.isEmpty()) {
            text.append(" that mentions ").append(String.join(" and ", mentions));
        }
        if (line > 0) {
            text.append(mentions.isEmpty() ? " that names" : " and names")
                    .append(" line ")
                    .append(line);
        }
        return text.toString();
    }

    /** Return what is wrong with the answer, or empty when it follows the rule. */
    public Optional<String> problemWith(Response response) {
        return problemWith(response.statusCode(), response.contentType(), response.asString());
    }

    /** Return what is wrong with an answer read by {@link java.net.http.HttpClient}, e.g. to a streamed upload. */
    public Optional<String> problemWith(HttpResponse<String> response) {
        return problemWith(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    Optional<String> problemWith(int actualStatus, String contentType, String body) {
        if (actualStatus != status) {
            return Optional.of("HTTP " + actualStatus + " " + Text.quote(body, 120));
        }
        String type = contentType == null ? "" : contentType;
        if (!type.toLowerCase(Locale.ROOT).startsWith(MEDIA_TYPE)) {
            return Optional.of("HTTP " + status + " with content type " + (type.isBlank() ? "(none)" : type) + ", not "
                    + MEDIA_TYPE + ": " + Text.quote(body, 120));
        }
        JsonNode json = HttpAnswers.readOrMissing(body);
        if (!json.isObject()) {
            return Optional.of("HTTP " + status + " whose body is not a JSON object: " + Text.quote(body, 120));
        }
        if (json.has("status") && json.path("status").asInt(-1) != status) {
            return Optional.of("HTTP " + status + " whose problem detail says \"status\": " + json.path("status"));
        }
        String detail = json.path("detail").isString() ? json.path("detail").asString() : "";
        if (detail.isBlank()) {
            return Optional.of(
                    "HTTP " + status + " without a `detail` saying what was wrong: " + Text.quote(body, 120));
        }
        String lower = detail.toLowerCase(Locale.ROOT);
        for (String word : mentions) {
            if (!lower.contains(word.toLowerCase(Locale.ROOT))) {
                return Optional.of("HTTP " + status + " whose detail does not mention " + word + ": \""
                        + Text.quote(detail, 120) + "\"");
            }
        }
        if (line > 0
                && !Pattern.compile("(?i)\\bline\\D{0,4}" + line + "(?!\\d)")
                        .matcher(detail)
                        .find()) {
            return Optional.of("HTTP " + status + " whose detail does not name line " + line + ": \""
                    + Text.quote(detail, 120) + "\"");
        }
        return Optional.empty();
    }

    /**
     * Fail unless the answer follows the rule.
     *
     * @param request what was sent, e.g. {@code GET /customers/7/orders?limit=0}
     * @param why why it is an error, e.g. "limit=0 is outside 1..100"
     * @param next where to fix it
     */
    public void check(Response response, String request, String why, String next) throws CheckFailure {
        check(response.statusCode(), problemWith(response), request, why, next, 0);
    }

    /** Like {@link #check(Response, String, String, String)}, for an answer read by {@code HttpClient}. */
    public void check(HttpResponse<String> response, String request, String why, String next) throws CheckFailure {
        check(response.statusCode(), problemWith(response), request, why, next, 0);
    }

    /** Like {@link #check(Response, String, String, String)}, pointing at hint {@code hint} of the check's task. */
    public void check(Response response, String request, String why, String next, int hint) throws CheckFailure {
        check(response.statusCode(), problemWith(response), request, why, next, hint);
    }

    private void check(int actualStatus, Optional<String> problem, String request, String why, String next, int hint)
            throws CheckFailure {
        if (problem.isPresent()) {
            Feedback feedback = Feedback.check(
                            request + " should answer " + status + " with a problem detail: " + why + ".")
                    .expected(describe())
                    .actual(problem.get())
                    .cause(cause(actualStatus))
                    .next(next)
                    .kataServerError(actualStatus >= 500);
            throw (hint > 0 ? feedback.hint(hint) : feedback).failure();
        }
    }

    private String cause(int actualStatus) {
        if (actualStatus >= 500) {
            return "an exception escaped the controller (the end of the kata's log is shown below)";
        }
        if (actualStatus != status) {
            return "the input is not validated, or the wrong status is chosen";
        }
        return "the error is answered, but not as a ProblemDetail with a detail that says what was wrong";
    }
}
