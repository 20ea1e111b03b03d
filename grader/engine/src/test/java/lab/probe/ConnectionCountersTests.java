package lab.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ConnectionCountersTests {

    @Test
    void counts_connections_held_and_how_long() throws Exception {
        ConnectionCounters connections = new ConnectionCounters();
        DataSource dataSource = new SqlCounters().wrap(pool(new Semaphore(10)), connections);

        Connection first = dataSource.getConnection();
        Connection second = dataSource.getConnection();
        Thread.sleep(60);
        first.close();
        Properties whileOneIsHeld = connections.snapshot();
        second.close();
        second.close(); // closing twice ends one hold only
        Properties after = connections.snapshot();

        assertThat(whileOneIsHeld.getProperty("active"))
                .as("held while one is open")
                .isEqualTo("1");
        assertThat(after.getProperty("acquired")).isEqualTo("2");
        assertThat(after.getProperty("active")).as("held after both closed").isEqualTo("0");
        assertThat(after.getProperty("peakActive")).as("the most held at once").isEqualTo("2");
        assertThat(after.getProperty("held.count")).as("holds timed").isEqualTo("2");
        assertThat(Long.parseLong(after.getProperty("held.maxMicros")))
                .as("the longest hold, in microseconds (slept 60 ms)")
                .isGreaterThanOrEqualTo(55_000);
    }

    @Test
    void counts_callers_waiting_for_a_connection() throws Exception {
        ConnectionCounters connections = new ConnectionCounters();
        Semaphore free = new Semaphore(0);
        DataSource dataSource = new SqlCounters().wrap(pool(free), connections);
        List<Thread> waiting = new ArrayList<>();
        CountDownLatch gotThem = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            waiting.add(Thread.ofVirtual().start(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    gotThem.countDown();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        while (!connections.snapshot().getProperty("pending").equals("3")) {
            Thread.sleep(5);
        }

        free.release(3);
        assertThat(gotThem.await(5, TimeUnit.SECONDS)).isTrue();
        for (Thread thread : waiting) {
            thread.join();
        }

        Properties after = connections.snapshot();
        assertThat(after.getProperty("peakPending"))
                .as("the most callers waiting at once")
                .isEqualTo("3");
        assertThat(after.getProperty("pending")).isEqualTo("0");
    }

    @Test
    void reset_starts_the_peaks_from_what_is_held_now() throws Exception {
        ConnectionCounters connections = new ConnectionCounters();
        DataSource dataSource = new SqlCounters().wrap(pool(new Semaphore(10)), connections);
        Connection kept = dataSource.getConnection();
        dataSource.getConnection().close();
        dataSource.getConnection().close();

        connections.reset();
        Properties afterReset = connections.snapshot();
        kept.close();

        assertThat(afterReset.getProperty("peakActive")).isEqualTo("1");
        assertThat(afterReset.getProperty("acquired")).isEqualTo("0");
        assertThat(afterReset.getProperty("held.count")).isEqualTo("0");
        assertThat(connections.snapshot().getProperty("held.count"))
                .as("a connection held across the reset is timed when it closes")
                .isEqualTo("1");
    }

    /** A data source that hands out a new connection for each permit, as a pool hands out a new proxy each time. */
    private static DataSource pool(Semaphore free) {
        return (DataSource) Proxy.newProxyInstance(
                ConnectionCountersTests.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (self, method, args) -> switch (method.getName()) {
                    case "getConnection" -> {
                        free.acquire();
                        yield connection();
                    }
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> null;
                });
    }

    private static Connection connection() {
        return (Connection) Proxy.newProxyInstance(
                ConnectionCountersTests.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (self, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    case "isClosed", "getAutoCommit" -> false;
                    default -> null;
                });
    }
}
