package lab.probe;

import java.sql.Clob;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.UUID;

/**
 * Count the values an application receives in one value it reads from a {@code ResultSet}: a number, a date or a
 * short text is one value; an SQL array is one per element; a JSON document or an array literal in a text (json_agg,
 * array_agg read with getString) is one per number, string or boolean in it; any other text is one per
 * {@value #CHARACTERS_PER_VALUE} characters started. So packing every order line into a few wide rows costs as much
 * as reading the lines one by one.
 */
final class ReceivedValues {

    static final int CHARACTERS_PER_VALUE = 16;

    private ReceivedValues() {}

    /** Return the values inside what a {@code ResultSet} getter returned; at least one. */
    static long count(Object value) {
        return Math.max(1, inside(value));
    }

    private static long inside(Object value) {
        if (value == null
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Character
                || value instanceof Date
                || value instanceof TemporalAccessor
                || value instanceof UUID) {
            return 1;
        }
        if (value instanceof java.sql.Array array) {
            try {
                return inside(array.getArray());
            } catch (SQLException | RuntimeException e) {
                return 1;
            }
        }
        if (value instanceof byte[] bytes) {
            return characters(bytes.length);
        }
        if (value instanceof Object[] elements) {
            long total = 0;
            for (Object element : elements) {
                total += inside(element);
            }
            return total;
        }
        if (value.getClass().isArray()) {
            return java.lang.reflect.Array.getLength(value);
        }
        if (value instanceof Clob clob) {
            try {
                return characters(clob.length());
            } catch (SQLException e) {
                return 1;
            }
        }
        // Text, and driver types that print as text: json and jsonb, intervals, geometric types.
        return text(value.toString());
    }

    static long text(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            return Math.max(1, scalars(trimmed));
        }
        return characters(text.length());
    }

    private static long characters(long length) {
        return Math.max(1, (length + CHARACTERS_PER_VALUE - 1) / CHARACTERS_PER_VALUE);
    }

    /**
     * Count the scalars of a JSON document or a PostgreSQL array literal: each quoted string that is not an object
     * key, and each run of other characters between the delimiters ({@code [ ] { } , :} and white space).
     */
    static long scalars(String text) {
        long count = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < length && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
                if (!followedByColon(text, i)) {
                    count++;
                }
            } else if (isDelimiter(c)) {
                i++;
            } else {
                while (i < length && !isDelimiter(text.charAt(i)) && text.charAt(i) != '"') {
                    i++;
                }
                count++;
            }
        }
        return count;
    }

    private static boolean followedByColon(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }

    private static boolean isDelimiter(char c) {
        return c == '[' || c == ']' || c == '{' || c == '}' || c == ',' || c == ':' || Character.isWhitespace(c);
    }
}
