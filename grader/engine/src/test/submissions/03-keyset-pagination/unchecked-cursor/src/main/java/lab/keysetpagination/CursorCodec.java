package lab.keysetpagination;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * Known-bad: the cursor is base64url of "microseconds:id", decoded and parsed with no checks. Keyset pagination
 * works, but a cursor that is not valid base64url, has no colon or holds no numbers throws an exception that
 * escapes as a 500, and a changed cursor silently jumps elsewhere. Must fail bad-cursor-rejected.
 */
@Component
class CursorCodec {

    String encode(long accountId, FeedCursor cursor) {
        String position = ChronoUnit.MICROS.between(Instant.EPOCH, cursor.createdAt()) + ":" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    FeedCursor decode(long accountId, String token) {
        String[] position = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
        return new FeedCursor(Instant.EPOCH.plus(Long.parseLong(position[0]), ChronoUnit.MICROS),
                Long.parseLong(position[1]));
    }
}
