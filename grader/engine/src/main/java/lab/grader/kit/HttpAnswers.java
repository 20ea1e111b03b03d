package lab.grader.kit;

import io.restassured.response.Response;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Read a kata's HTTP answers strictly: the expected status, and JSON with exact decimals. */
public final class HttpAnswers {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private HttpAnswers() {}

    /** Return the body as JSON when the status is as expected; otherwise fail with what the kata answered. */
    public static JsonNode json(Response response, int expectedStatus, String request, String next)
            throws CheckFailure {
        requireStatus(response, expectedStatus, request, next);
        return parse(response, request, next);
    }

    /** Return the body as JSON whatever the status; fail when it is not JSON. */
    public static JsonNode parse(Response response, String request, String next) throws CheckFailure {
        try {
            return JSON.readTree(response.asString());
        } catch (JacksonException e) {
            throw Feedback.check(request + " should answer with JSON.")
                    .expected("a JSON body")
                    .actual(Text.quote(response.asString()) + " (" + e.getOriginalMessage() + ")")
                    .cause("the controller returns text or an unfinished object")
                    .next(next)
                    .failure();
        }
    }

    /** Parse a JSON text, or return a missing node when it is not JSON. */
    public static JsonNode readOrMissing(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    public static void requireStatus(Response response, int expectedStatus, String request, String next)
            throws CheckFailure {
        if (response.statusCode() != expectedStatus) {
            throw unexpectedStatus(
                            response, "HTTP " + expectedStatus, request + " should answer " + expectedStatus + ".")
                    .next(next)
                    .failure();
        }
    }

    /**
     * Start the feedback for an answer with the wrong status: what came back, and, for a 5xx, the mark that makes the
     * report show the end of the kata's log.
     */
    public static Feedback unexpectedStatus(Response response, String expected, String what) {
        boolean serverError = response.statusCode() >= 500;
        return Feedback.check(what)
                .expected(expected)
                .actual("HTTP " + response.statusCode() + " with body " + Text.quote(response.asString()))
                .cause(
                        serverError
                                ? "an exception escaped the controller; the end of the kata's log is shown below"
                                : "the endpoint's contract differs from the README")
                .kataServerError(serverError);
    }
}
