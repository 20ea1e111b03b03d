package lab.grader.katas.keysetpagination;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.grader.kit.HttpAnswers;

/**
 * Forge cursors a client could build from a real one: decode it where it decodes (base64 or base64url, padded or
 * not), change one value of what it holds (a number or a timestamp of JSON or delimited text, else one byte) and
 * encode it again the same way. A forged cursor is well-formed, so only a service that can tell its own cursors
 * from others (a signature) rejects it; strict parsing alone lets it through.
 */
final class CursorForger {

    /** How many values of one cursor are changed, one forgery each. */
    static final int MAX_FORGERIES = 4;

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final Pattern VALUE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?|-?\\d+");

    private CursorForger() {}

    /**
     * A cursor made from a real one.
     *
     * @param how what was decoded and changed, for a failure message
     */
    record Forgery(String how, String cursor) {}

    /** One way the cursor's text was encoded: a base64 alphabet with or without padding, or plain text. */
    record Encoding(String name, Base64.Encoder encoder, Base64.Decoder decoder) {

        static final Encoding PLAIN = new Encoding("plain text", null, null);

        String encode(byte[] bytes) {
            return encoder == null ? new String(bytes, StandardCharsets.UTF_8) : encoder.encodeToString(bytes);
        }
    }

    /** Return well-formed forgeries of the cursor, each different from it; none when it has nothing to change. */
    static List<Forgery> forge(String cursor) {
        Map<String, Forgery> forged = new LinkedHashMap<>();
        for (Encoding encoding : encodings(cursor)) {
            byte[] decoded = decode(cursor, encoding);
            for (Forgery forgery : change(decoded, encoding)) {
                if (!forgery.cursor().equals(cursor)) {
                    forged.putIfAbsent(forgery.cursor(), forgery);
                }
            }
        }
        return List.copyOf(forged.values());
    }

    /** The encodings the cursor may be in, most likely first: base64url, then standard base64, then plain text. */
    static List<Encoding> encodings(String cursor) {
        List<Encoding> encodings = new ArrayList<>();
        boolean padded = cursor.endsWith("=");
        if (BASE64URL.matcher(cursor).matches() && decodes(cursor, Base64.getUrlDecoder())) {
            Base64.Encoder url = Base64.getUrlEncoder();
            encodings.add(new Encoding(
                    padded ? "base64url" : "unpadded base64url",
                    padded ? url : url.withoutPadding(),
                    Base64.getUrlDecoder()));
        }
        if (BASE64.matcher(cursor).matches() && decodes(cursor, Base64.getDecoder())) {
            Base64.Encoder standard = Base64.getEncoder();
            encodings.add(new Encoding(
                    padded ? "base64" : "unpadded base64",
                    padded ? standard : standard.withoutPadding(),
                    Base64.getDecoder()));
        }
        if (encodings.isEmpty()) {
            encodings.add(Encoding.PLAIN);
        }
        return encodings;
    }

    private static boolean decodes(String cursor, Base64.Decoder decoder) {
        try {
            return decoder.decode(cursor).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decode(String cursor, Encoding encoding) {
        return encoding.decoder() == null
                ? cursor.getBytes(StandardCharsets.UTF_8)
                : encoding.decoder().decode(cursor);
    }

    private static List<Forgery> change(byte[] decoded, Encoding encoding) {
        Optional<String> text = text(decoded);
        List<Forgery> forgeries = new ArrayList<>();
        if (text.isPresent()) {
            String kind = HttpAnswers.readOrMissing(text.get()).isObject() ? "JSON" : "text";
            Matcher values = VALUE.matcher(text.get());
            while (values.find() && forgeries.size() < MAX_FORGERIES) {
                String value = values.group();
                String changed = changeLastDigit(value);
                String forged = text.get().substring(0, values.start())
                        + changed
                        + text.get().substring(values.end());
                forgeries.add(new Forgery(
                        encoding.name() + " of " + kind + " `" + text.get() + "` with " + value + " changed to "
                                + changed,
                        encoding.encode(forged.getBytes(StandardCharsets.UTF_8))));
            }
        }
        if (forgeries.isEmpty() && encoding.decoder() != null) {
            byte[] changed = decoded.clone();
            int at = changed.length / 2;
            changed[at] ^= 0x01;
            forgeries.add(new Forgery(
                    encoding.name() + " of " + decoded.length + " bytes with byte " + at + " changed",
                    encoding.encode(changed)));
        }
        return forgeries;
    }

    /** Return the bytes as text when they are UTF-8 without control characters, as a readable cursor is. */
    static Optional<String> text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.chars().anyMatch(Character::isISOControl) ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Change the value's last digit by one (down, or up from 0), which keeps its length, so its encoding keeps its
     * padding, and keeps it valid: a number stays a number, a timestamp's seconds or minutes stay below 60.
     */
    static String changeLastDigit(String value) {
        int last = -1;
        for (int i = value.length() - 1; i >= 0; i--) {
            if (Character.isDigit(value.charAt(i))) {
                last = i;
                break;
            }
        }
        if (isTimestamp(value)) {
            last = secondsOrMinutesDigit(value);
        }
        char digit = value.charAt(last);
        char changed = digit == '0' ? '1' : (char) (digit - 1);
        return value.substring(0, last) + changed + value.substring(last + 1);
    }

    private static boolean isTimestamp(String value) {
        return value.length() >= 16 && value.charAt(4) == '-' && value.charAt(10) != '-';
    }

    // The units digit of the seconds, or of the minutes when there are no seconds: "2026-05-31T00:00:00.5Z" -> 18.
    private static int secondsOrMinutesDigit(String value) {
        boolean seconds = value.length() > 16 && value.charAt(16) == ':';
        return seconds ? 18 : 15;
    }
}
