package lab.grader.katas.keysetpagination;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.random.RandomGenerator;

/** Cursors a feed's service did not issue for that feed, made from a real one, from another feed's, or from nothing. */
final class BadCursors {

    private BadCursors() {}

    /**
     * One cursor to send.
     *
     * @param wellFormed whether only a signature can tell it from a real one: a forgery, or another feed's cursor
     */
    record BadCursor(String what, String cursor, boolean wellFormed) {}

    /**
     * Return the bad cursors made from {@code cursor}, a real cursor of the feed, and {@code foreign}, a real cursor
     * of another account's feed: broken ones first, then forged ones, then the other feed's.
     */
    static List<BadCursor> from(String cursor, String foreign, long foreignAccountId, RandomGenerator random) {
        List<BadCursor> bad = new ArrayList<>();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        bad.add(new BadCursor("one character changed", changeOneCharacter(cursor), false));
        bad.add(new BadCursor("cut in half", cursor.substring(0, cursor.length() / 2), false));
        byte[] noise = new byte[24];
        random.nextBytes(noise);
        bad.add(new BadCursor("random bytes in base64url", url.encodeToString(noise), false));
        bad.add(new BadCursor(
                "base64url of text that is no cursor",
                url.encodeToString("{\"createdAt\":\"yesterday\",\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                false));
        bad.add(new BadCursor(
                "base64url of a negative number", url.encodeToString("-1".getBytes(StandardCharsets.UTF_8)), false));
        bad.add(new BadCursor("not base64 at all", "*no-cursor*", false));
        for (CursorForger.Forgery forgery : CursorForger.forge(cursor)) {
            bad.add(new BadCursor("forged: " + forgery.how(), forgery.cursor(), true));
        }
        if (foreign != null && !foreign.equals(cursor)) {
            bad.add(new BadCursor("the cursor of account " + foreignAccountId + "'s feed", foreign, true));
        }
        return List.copyOf(bad);
    }

    /** Change the middle character to another one of the same kind, so the text stays plausible. */
    static String changeOneCharacter(String cursor) {
        int at = cursor.length() / 2;
        char c = cursor.charAt(at);
        char changed;
        if (c >= '0' && c <= '9') {
            changed = (char) ('0' + (c - '0' + 1) % 10);
        } else if (c >= 'a' && c <= 'z') {
            changed = (char) ('a' + (c - 'a' + 1) % 26);
        } else if (c >= 'A' && c <= 'Z') {
            changed = (char) ('A' + (c - 'A' + 1) % 26);
        } else {
            changed = c == 'A' ? 'B' : 'A';
        }
        return cursor.substring(0, at) + changed + cursor.substring(at + 1);
    }
}
