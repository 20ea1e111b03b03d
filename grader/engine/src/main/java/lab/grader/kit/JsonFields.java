package lab.grader.kit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Compare one field of a kata's JSON answer with the value expected, and say how it differs: the one JSON-answer
 * comparison every kata uses. Each method returns empty when the field is right, else a sentence such as
 * {@code [2] (order 17).placedAt is "2026-03-01", not an ISO-8601 instant such as 2026-03-01T10:15:30Z}. Decimals are
 * compared exactly ({@code 19.99} is not {@code 19.990000001}), instants by value whatever their offset.
 *
 * @see HttpAnswers#json for reading answers with exact decimals
 */
public final class JsonFields {

    private JsonFields() {}

    /** A whole number, e.g. an id. */
    public static Optional<String> number(JsonNode object, String field, long expected, String where) {
        JsonNode value = object.path(field);
        return value.isIntegralNumber() && value.asLong() == expected
                ? Optional.empty()
                : Optional.of(where + "." + field + " is " + shown(value) + ", expected " + expected);
    }

    /** A text, compared exactly. */
    public static Optional<String> text(JsonNode object, String field, String expected, String where) {
        JsonNode value = object.path(field);
        return value.isString() && value.asString().equals(expected)
                ? Optional.empty()
                : Optional.of(where + "." + field + " is " + shown(value) + ", expected \"" + expected + "\"");
    }

    /** A decimal, compared exactly, so a value that went through a {@code double} shows. */
    public static Optional<String> decimal(JsonNode object, String field, BigDecimal expected, String where) {
        JsonNode value = object.path(field);
        return value.isNumber() && value.decimalValue().compareTo(expected) == 0
                ? Optional.empty()
                : Optional.of(where + "." + field + " is " + shown(value) + ", expected " + expected.toPlainString());
    }

    /** An ISO-8601 instant, the same moment as expected. */
    public static Optional<String> instant(JsonNode object, String field, Instant expected, String where) {
        JsonNode value = object.path(field);
        Instant actual;
        try {
            actual = Instant.parse(value.asString(""));
        } catch (DateTimeParseException e) {
            return Optional.of(
                    where + "." + field + " is " + shown(value) + ", not an ISO-8601 instant such as " + expected);
        }
        return actual.equals(expected)
                ? Optional.empty()
                : Optional.of(where + "." + field + " is " + actual + ", expected " + expected);
    }

    /** An array of the expected length. */
    public static Optional<String> arrayOf(JsonNode object, String field, int expected, String noun, String where) {
        JsonNode value = object.path(field);
        if (value.isArray() && value.size() == expected) {
            return Optional.empty();
        }
        return Optional.of(where + "." + field + " has " + (value.isArray() ? value.size() + " " + noun : "no array")
                + ", expected " + expected);
    }

    /** The first difference of several, in the order given. */
    @SafeVarargs
    public static Optional<String> first(Optional<String>... differences) {
        for (Optional<String> difference : differences) {
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() ? "missing" : Text.quote(value.toString(), 80);
    }
}
