package lab.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import lab.grader.probes.ProbePayloads;
import org.junit.jupiter.api.Test;

class SqlCountersTests {

    // Per row: a name, a sum, an array of three amounts, a JSON text of four scalars (keys are not values) and a
    // 20-character label: 1 + 1 + 3 + 4 + 2 = 11 values.
    private static final String DETAILS =
            "[{\"category\": \"Books\", \"revenue\": 12.10}, {\"category\": \"Toys\", \"revenue\": 0}]";

    @Test
    void the_probe_writes_the_payload_the_grader_parses() throws Exception {
        SqlCounters counters = new SqlCounters();
        DataSource dataSource = counters.wrap(fake(DataSource.class));

        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ProbePayloads.SALES_SQL)) {
            statement.setLong(1, 2025L);
            ResultSet rows = statement.executeQuery();
            rows.getMetaData();
            while (rows.next()) {
                rows.getString(1);
                rows.getBigDecimal(2);
                rows.getArray(3);
                rows.getString(4);
                rows.getString(5);
            }
            connection.commit();
        }

        assertThat(counters.snapshot()).as("the /sql payload").isEqualTo(fixture());
    }

    @Test
    void reset_clears_every_counter() throws Exception {
        SqlCounters counters = new SqlCounters();
        DataSource dataSource = counters.wrap(fake(DataSource.class));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ProbePayloads.SALES_SQL)) {
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                rows.getArray(3);
            }
        }

        counters.reset();

        assertThat(counters.snapshot().getProperty("valuesRead"))
                .as("values read after a reset")
                .isEqualTo("0");
        assertThat(counters.snapshot().getProperty("rowsRead"))
                .as("rows read after a reset")
                .isEqualTo("0");
    }

    private static Properties fixture() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(ProbePayloads.sql()));
        return properties;
    }

    /** A JDBC object that answers just enough: two rows of sales, each with the same five columns. */
    private static <T> T fake(Class<T> type) {
        AtomicInteger rowsLeft = new AtomicInteger(2);
        Object proxy = Proxy.newProxyInstance(
                SqlCountersTests.class.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "getConnection" -> fake(Connection.class);
                    case "prepareStatement" -> fake(PreparedStatement.class);
                    case "executeQuery" -> fake(ResultSet.class);
                    case "next" -> rowsLeft.getAndDecrement() > 0;
                    case "getString" ->
                        (Integer) args[0] == 4 ? DETAILS : (Integer) args[0] == 5 ? "2025-03-01 00:00 CET" : "Books";
                    case "getBigDecimal" -> new BigDecimal("12.10");
                    case "getArray" ->
                        fakeArray(new BigDecimal[] {new BigDecimal("4.20"), new BigDecimal("7.90"), BigDecimal.ONE});
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    case "toString" -> "fake " + type.getSimpleName();
                    default -> zero(method.getReturnType());
                });
        return type.cast(proxy);
    }

    private static Array fakeArray(Object[] elements) {
        return (Array) Proxy.newProxyInstance(
                SqlCountersTests.class.getClassLoader(), new Class<?>[] {Array.class}, (self, method, args) -> {
                    if (method.getName().equals("getArray")) {
                        return elements.clone();
                    }
                    throw new SQLException("not faked: " + method.getName());
                });
    }

    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class || type == short.class) {
            return type == long.class ? (Object) 0L : type == short.class ? (Object) (short) 0 : (Object) 0;
        }
        return null;
    }
}
