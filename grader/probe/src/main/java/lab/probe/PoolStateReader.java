package lab.probe;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ClassUtils;

/** Read HikariCP's pool state (active, idle, waiting), when the kata uses HikariCP. */
final class PoolStateReader {

    private static final boolean HIKARI_PRESENT =
            ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource", PoolStateReader.class.getClassLoader());

    private final ObjectProvider<DataSource> dataSources;

    PoolStateReader(ObjectProvider<DataSource> dataSources) {
        this.dataSources = dataSources;
    }

    Properties read() {
        Properties state = new Properties();
        DataSource dataSource = dataSources.getIfUnique();
        if (!HIKARI_PRESENT || dataSource == null) {
            state.setProperty("pool", "none");
            return state;
        }
        Hikari.describe(dataSource, state);
        return state;
    }

    // Nested so that HikariCP classes load only when HikariCP is on the kata's classpath.
    private static final class Hikari {

        static void describe(DataSource dataSource, Properties state) {
            try {
                if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                    state.setProperty("pool", dataSource.getClass().getName());
                    return;
                }
                HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
                HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
                state.setProperty("pool", "hikari");
                state.setProperty("maximumPoolSize", String.valueOf(hikari.getMaximumPoolSize()));
                if (pool != null) {
                    state.setProperty("total", String.valueOf(pool.getTotalConnections()));
                    state.setProperty("active", String.valueOf(pool.getActiveConnections()));
                    state.setProperty("idle", String.valueOf(pool.getIdleConnections()));
                    state.setProperty("waiting", String.valueOf(pool.getThreadsAwaitingConnection()));
                }
            } catch (SQLException e) {
                state.setProperty("pool", "unreadable: " + e.getMessage());
            }
        }
    }
}
