package lab.grader.probes;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement a kata ran, how often, and the parameters of its latest execution, rebuilt so that it can be
 * explained exactly as it ran.
 *
 * @param parameters empty when the probe saw a parameter type it cannot rebuild (see {@link #explainable()})
 */
public record CapturedStatement(String sql, long count, List<Object> parameters, boolean explainable) {

    static CapturedStatement of(String sql, long count, List<String> described) {
        List<Object> parameters = new ArrayList<>();
        for (String text : described) {
            int colon = text.indexOf(':');
            String type = text.substring(0, colon);
            String value = text.substring(colon + 1);
            if (type.equals("unsupported")) {
                return new CapturedStatement(sql, count, List.of(), false);
            }
            parameters.add(rebuild(type, value));
        }
        return new CapturedStatement(sql, count, parameters, true);
    }

    private static Object rebuild(String type, String value) {
        return switch (type) {
            case "null" -> null;
            case "String" -> value;
            case "Long" -> Long.valueOf(value);
            case "Integer" -> Integer.valueOf(value);
            case "Short" -> Short.valueOf(value);
            case "Boolean" -> Boolean.valueOf(value);
            case "Double" -> Double.valueOf(value);
            case "Float" -> Float.valueOf(value);
            case "BigDecimal" -> new BigDecimal(value);
            case "Timestamp" -> Timestamp.valueOf(value);
            case "Date" -> Date.valueOf(value);
            case "LocalDate" -> LocalDate.parse(value);
            case "LocalDateTime" -> LocalDateTime.parse(value);
            case "OffsetDateTime" -> OffsetDateTime.parse(value);
            case "Instant" -> java.sql.Timestamp.from(Instant.parse(value));
            default -> throw new IllegalArgumentException("Unknown parameter type from the probe: " + type);
        };
    }
}
