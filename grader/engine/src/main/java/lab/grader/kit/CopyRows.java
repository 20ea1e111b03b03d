package lab.grader.kit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.postgresql.copy.CopyIn;

/**
 * The rows of one table on their way to PostgreSQL through {@code COPY ... FROM STDIN} in text format: each row is
 * encoded as it is added and sent in chunks, so rows are generated while the server parses the ones before.
 */
public final class CopyRows {

    // Large enough that a chunk costs one write, small enough that generating and parsing overlap.
    private static final int CHUNK_CHARACTERS = 1 << 16;

    private final CopyIn copy;
    private final int columns;
    private final StringBuilder chunk = new StringBuilder(CHUNK_CHARACTERS + 1024);
    private long added;

    CopyRows(CopyIn copy, int columns) {
        this.copy = copy;
        this.columns = columns;
    }

    /**
     * Add one row, one value per column in the order the load named them: a {@link String}, {@link Long},
     * {@link Integer}, {@link BigDecimal}, {@link Instant}, {@link OffsetDateTime}, {@link LocalDate},
     * {@link Boolean} or {@code null}.
     */
    public void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("a row of " + values.length + " values for " + columns + " columns");
        }
        encode(chunk, values);
        added++;
        if (chunk.length() >= CHUNK_CHARACTERS) {
            flush();
        }
    }

    /** Send what is left and end the copy; the server's count of rows must be the number added. */
    long finish() throws SQLException {
        flush();
        long copied = copy.endCopy();
        if (copied != added) {
            throw new IllegalStateException("COPY stored " + copied + " rows of the " + added + " sent");
        }
        return copied;
    }

    private void flush() throws SQLException {
        if (!chunk.isEmpty()) {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            chunk.setLength(0);
        }
    }

    /** Append one row in COPY's text format: values separated by tabs, {@code \N} for null, a newline at the end. */
    static void encode(StringBuilder line, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            field(line, values[i]);
        }
        line.append('\n');
    }

    private static void field(StringBuilder line, Object value) {
        switch (value) {
            case null -> line.append("\\N");
            case String text -> escaped(line, text);
            case Long number -> line.append(number.longValue());
            case Integer number -> line.append(number.intValue());
            case BigDecimal number -> line.append(number.toPlainString());
            case Instant instant -> timestamp(line, instant);
            case OffsetDateTime time -> timestamp(line, time.toInstant());
            case LocalDate date -> line.append(date);
            case Boolean flag -> line.append(flag ? 't' : 'f');
            default ->
                throw new IllegalArgumentException(
                        "no COPY text form for a " + value.getClass().getName() + ": " + value);
        }
    }

    /**
     * Write an instant in UTC with an explicit offset ("2026-06-01 12:00:00.000001+00"), whatever the session's time
     * zone: by hand, since {@code Instant.toString} costs a formatter per value and a seed writes hundreds of
     * thousands of them.
     */
    private static void timestamp(StringBuilder line, Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        padded(line, utc.getYear(), 4).append('-');
        padded(line, utc.getMonthValue(), 2).append('-');
        padded(line, utc.getDayOfMonth(), 2).append(' ');
        padded(line, utc.getHour(), 2).append(':');
        padded(line, utc.getMinute(), 2).append(':');
        padded(line, utc.getSecond(), 2);
        int nano = utc.getNano();
        if (nano % 1_000 == 0 && nano > 0) {
            padded(line.append('.'), nano / 1_000, 6);
        } else if (nano > 0) {
            padded(line.append('.'), nano, 9);
        }
        line.append("+00");
    }

    private static StringBuilder padded(StringBuilder line, int value, int digits) {
        if (value < 0) {
            throw new IllegalArgumentException("no COPY text form for a year before 1: " + value);
        }
        for (int limit = 10; digits > 1; digits--, limit *= 10) {
            if (value < limit) {
                line.append('0');
            }
        }
        return line.append(value);
    }

    // The characters COPY's text format gives a meaning: the escape itself, the column and the row separators.
    private static void escaped(StringBuilder line, String text) {
        if (plain(text)) {
            line.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
