package lab.keysetpagination;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turn a {@link FeedCursor} into the opaque string a client sends back, and back again. Clients must treat the
 * string as a token, never build one themselves, so the service stays free to change what it holds.
 *
 * <p>The token is base64url of a version byte, the position (created_at in epoch microseconds, id) and an
 * HMAC-SHA256 of the account id and those bytes, cut to 16 bytes. The signature makes any change to the token
 * visible, and binds it to the feed it was issued for: a cursor that does not verify (changed, made up, or another
 * account's) is a client error (400), never an exception deep in the SQL (500) or a silent jump to some other place
 * in the feed.
 */
@Component
class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte VERSION = 1;
    private static final int POSITION_BYTES = 1 + Long.BYTES + Long.BYTES;
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    CursorCodec(@Value("${feed.cursor-secret}") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String encode(long accountId, FeedCursor cursor) {
        ByteBuffer token = ByteBuffer.allocate(POSITION_BYTES + SIGNATURE_BYTES);
        // Microseconds, not Instant.toEpochMilli(): PostgreSQL keeps microseconds, and a cursor rounded to the
        // millisecond would skip the rest of the rows that share the last row's timestamp.
        token.put(VERSION)
                .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, cursor.createdAt()))
                .putLong(cursor.id());
        token.put(signature(accountId, token.array()));
        return ENCODER.encodeToString(token.array());
    }

    FeedCursor decode(long accountId, String token) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(token);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("cursor is not base64url text");
        }
        if (bytes.length != POSITION_BYTES + SIGNATURE_BYTES) {
            throw new InvalidCursorException("cursor has " + bytes.length + " bytes, a cursor of this service has "
                    + (POSITION_BYTES + SIGNATURE_BYTES) + " (was it cut short?)");
        }
        byte[] signature = Arrays.copyOfRange(bytes, POSITION_BYTES, bytes.length);
        // Constant-time comparison: how long a wrong signature takes to reject must not hint at the right one.
        if (!MessageDigest.isEqual(signature, signature(accountId, bytes))) {
            throw new InvalidCursorException("cursor was altered, or was not issued by this service for this feed");
        }
        ByteBuffer position = ByteBuffer.wrap(bytes, 0, POSITION_BYTES);
        byte version = position.get();
        if (version != VERSION) {
            throw new InvalidCursorException(
                    "cursor has format version " + version + ", this service reads version " + VERSION);
        }
        Instant createdAt = Instant.EPOCH.plus(position.getLong(), ChronoUnit.MICROS);
        return new FeedCursor(createdAt, position.getLong());
    }

    /** Sign the account id and the position bytes at the start of {@code token}. */
    private byte[] signature(long accountId, byte[] token) {
        try {
            // A Mac is not thread-safe; a new one per call is cheap next to a database round trip.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(accountId).array());
            mac.update(token, 0, POSITION_BYTES);
            return Arrays.copyOf(mac.doFinal(), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
