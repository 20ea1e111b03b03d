package lab.grader.checks;

import io.restassured.response.Response;
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
        try {
            return JSON.readTree(response.asString());
        } catch (JacksonException e) {
            throw Feedback.check(request + " should answer with JSON.")
                    .expected("a JSON body")
                    .actual(abbreviate(response.asString()) + " (" + e.getOriginalMessage() + ")")
                    .cause("the controller returns text or an unfinished object")
                    .next(next)
                    .failure();
        }
    }

    public static void requireStatus(Response response, int expectedStatus, String request, String next)
            throws CheckFailure {
        if (response.statusCode() != expectedStatus) {
            throw Feedback.check(request + " should answer " + expectedStatus + ".")
                    .expected("HTTP " + expectedStatus)
                    .actual("HTTP " + response.statusCode() + " with body " + abbreviate(response.asString()))
                    .cause(
                            response.statusCode() >= 500
                                    ? "an exception escaped the controller; the kata's log under target/lab/logs/ shows it"
                                    : "the endpoint's contract differs from the README")
                    .next(next)
                    .failure();
        }
    }

    public static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(empty)" : flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }
}
