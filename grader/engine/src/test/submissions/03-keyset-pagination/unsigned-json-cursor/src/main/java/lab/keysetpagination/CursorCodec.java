package lab.keysetpagination;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known-bad: the cursor is base64url of JSON, {"createdAt":"...","id":...}, parsed strictly (exactly those two
 * fields, an ISO-8601 instant and a whole number), but not signed. Every broken or made-up cursor gets a 400, yet a
 * client that decodes a real cursor, changes the id or the timestamp and encodes it again gets a 200 from wherever
 * it pointed, and a cursor of one account's feed continues another's. Must fail bad-cursor-rejected.
 */
@Component
class CursorCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String encode(long accountId, FeedCursor cursor) {
        String json = JSON.createObjectNode()
                .put("createdAt", cursor.createdAt().toString())
                .put("id", cursor.id())
                .toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    FeedCursor decode(long accountId, String token) {
        JsonNode json;
        try {
            json = JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("cursor is not base64url text");
        } catch (JacksonException e) {
            throw new InvalidCursorException("cursor is not JSON");
        }
        if (!json.isObject() || !Set.copyOf(json.propertyNames()).equals(Set.of("createdAt", "id"))) {
            throw new InvalidCursorException("cursor must be an object with createdAt and id");
        }
        if (!json.get("createdAt").isString() || !json.get("id").isIntegralNumber()) {
            throw new InvalidCursorException("cursor holds a createdAt that is no text or an id that is no number");
        }
        try {
            return new FeedCursor(Instant.parse(json.get("createdAt").asString()), json.get("id").asLong());
        } catch (DateTimeParseException e) {
            throw new InvalidCursorException("cursor holds a createdAt that is no instant");
        }
    }
}
