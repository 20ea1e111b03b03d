package lab.keysetpagination;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Known-bad: a signed cursor like the reference's, but it keeps created_at in epoch milliseconds. PostgreSQL keeps
 * microseconds, so the next page starts at a timestamp a little before the last row's, and the rows that share the
 * last row's timestamp are skipped. Must fail feed-in-order.
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
        token.put(VERSION).putLong(cursor.createdAt().toEpochMilli()).putLong(cursor.id());
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
            throw new InvalidCursorException("cursor has format version " + version + ", this service reads version "
                    + VERSION);
        }
        Instant createdAt = Instant.ofEpochMilli(position.getLong());
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
