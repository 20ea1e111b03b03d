package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The work is committed or rolled back as a whole, and the connection's auto-commit is what it was. */
class TransactionsTests {

    private final List<String> calls = new ArrayList<>();

    @Test
    void work_that_ends_normally_is_committed_and_auto_commit_comes_back() throws SQLException {
        Transactions.inTransaction(connection(), () -> calls.add("work"));

        assertThat(calls)
                .as("calls on the connection")
                .containsExactly("setAutoCommit(false)", "work", "commit", "setAutoCommit(true)");
    }

    @Test
    void work_that_fails_is_rolled_back_and_its_failure_rethrown() {
        SQLException failure = new SQLException("duplicate key");

        assertThatThrownBy(() -> Transactions.inTransaction(connection(), () -> {
                    calls.add("work");
                    throw failure;
                }))
                .as("what the work threw")
                .isSameAs(failure);
        assertThat(calls)
                .as("calls on the connection")
                .containsExactly("setAutoCommit(false)", "work", "rollback", "setAutoCommit(true)");
    }

    // A connection in auto-commit that records what is asked of it.
    private Connection connection() {
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "getAutoCommit" -> {
                            return true;
                        }
                        case "setAutoCommit" -> calls.add("setAutoCommit(" + arguments[0] + ")");
                        default -> calls.add(method.getName());
                    }
                    return null;
                });
    }
}
