package lab.keysetpagination;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Turn a {@link FeedCursor} into the opaque string a client sends back, and back again. Clients must treat the
 * string as a token, never build one themselves, so the service stays free to change what it holds.
 */
@Component
class CursorCodec {

    String encode(FeedCursor cursor) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Long.toString(cursor.offset()).getBytes(StandardCharsets.UTF_8));
    }

    FeedCursor decode(String token) {
        long offset = Long.parseLong(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        if (offset < 0) {
            throw new InvalidCursorException("cursor points before the start of the feed");
        }
        return new FeedCursor(offset);
    }
}
