package lab.grader.kit;

/** Show a kata's text (a body, a SQL statement, a value) in feedback: on one line, and never longer than a limit. */
public final class Text {

    /** How much of a kata's answer a message quotes: enough to recognise it, short enough to read. */
    public static final int QUOTE_LIMIT = 200;

    private Text() {}

    /** Return the text on one line, at most {@link #QUOTE_LIMIT} characters, or "(empty)". */
    public static String quote(String text) {
        return quote(text, QUOTE_LIMIT);
    }

    /** Return the text on one line, at most {@code limit} characters (ending in "..." when cut), or "(empty)". */
    public static String quote(String text, int limit) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.isEmpty()) {
            return "(empty)";
        }
        return flat.length() <= limit ? flat : flat.substring(0, Math.max(0, limit - 3)) + "...";
    }
}
