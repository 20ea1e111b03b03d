package lab.probe;

import java.util.Comparator;
import java.util.List;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

/**
 * Write the parameters of one execution as {@code type:value} strings in parameter order, for the grader to bind
 * again when it explains the statement. Types the grader cannot rebuild are written as {@code unsupported:...}.
 */
final class StatementParameters {

    private static final List<Class<?>> SUPPORTED = List.of(
            String.class,
            Long.class,
            Integer.class,
            Short.class,
            Boolean.class,
            Double.class,
            Float.class,
            java.math.BigDecimal.class,
            java.sql.Timestamp.class,
            java.sql.Date.class,
            java.time.LocalDate.class,
            java.time.LocalDateTime.class,
            java.time.OffsetDateTime.class,
            java.time.Instant.class);

    private StatementParameters() {}

    static List<String> describe(List<ParameterSetOperation> operations) {
        return operations.stream()
                .filter(op -> op.getArgs() != null && op.getArgs().length >= 2 && op.getArgs()[0] instanceof Integer)
                .sorted(Comparator.comparingInt(op -> (Integer) op.getArgs()[0]))
                .map(op -> describe(op.getMethod().getName(), op.getArgs()[1]))
                .toList();
    }

    private static String describe(String method, Object value) {
        if (method.equals("setNull") || value == null) {
            return "null:";
        }
        if (SUPPORTED.contains(value.getClass())) {
            return value.getClass().getSimpleName() + ":" + value;
        }
        return "unsupported:" + value.getClass().getName();
    }
}
