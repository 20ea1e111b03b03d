package lab.grader.services;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Check that servers the lab does not own can grade: versions, the privilege to create databases, a reachable
 * Redis. Each failure says exactly what to change.
 */
final class ServerRequirements {

    static final int MIN_POSTGRES_VERSION = 140000;
    /**
     * Seconds the first connection may take, all told: the driver's own default waits for ever on a server that
     * accepts the connection and never answers (a URL with Redis's port, a proxy).
     */
    static final int LOGIN_TIMEOUT_SECONDS = 5;

    private ServerRequirements() {}

    static void verify(PostgresEndpoint postgres, RedisEndpoint redis) {
        verifyPostgres(postgres, LOGIN_TIMEOUT_SECONDS);
        verifyRedis(redis);
    }

    static void verifyPostgres(PostgresEndpoint postgres, int loginTimeoutSeconds) {
        String url = postgres.jdbcUrl(postgres.adminDatabase());
        Properties login = new Properties();
        login.setProperty("user", postgres.user());
        login.setProperty("password", postgres.password());
        login.setProperty("loginTimeout", Integer.toString(loginTimeoutSeconds));
        login.setProperty("connectTimeout", Integer.toString(loginTimeoutSeconds));
        login.setProperty("socketTimeout", "30");
        try (Connection connection = DriverManager.getConnection(url, login);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select current_setting('server_version_num')::int,"
                        + " current_setting('server_version'), rolcreatedb or rolsuper"
                        + " from pg_roles where rolname = current_user")) {
            row.next();
            if (row.getInt(1) < MIN_POSTGRES_VERSION) {
                throw new IllegalStateException("PostgreSQL at " + postgres.describe() + " is version "
                        + row.getString(2) + "; the lab needs 14 or newer. Point LAB_POSTGRES_URL at a newer server.");
            }
            if (!row.getBoolean(3)) {
                throw new IllegalStateException("The role " + postgres.user() + " on " + postgres.describe()
                        + " may not create databases, and each kata gets a database of its own. As a superuser run: "
                        + "ALTER ROLE " + postgres.user() + " CREATEDB;");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not connect to PostgreSQL at " + url + " as " + postgres.user() + ": " + e.getMessage()
                            + ". Check LAB_POSTGRES_URL (user, password, host, port, database).",
                    e);
        }
    }

    private static void verifyRedis(RedisEndpoint redis) {
        try (Jedis jedis = RedisConnections.open(redis)) {
            String version = jedis.info("server")
                    .lines()
                    .filter(line -> line.startsWith("redis_version:"))
                    .map(line -> line.substring("redis_version:".length()).strip())
                    .findFirst()
                    .orElse("0");
            if (!atLeast(version, 6, 2)) {
                throw new IllegalStateException("Redis at " + redis.describe() + " is version " + version
                        + "; the lab needs 6.2 or newer. Point LAB_REDIS_URL at a newer server.");
            }
        } catch (JedisException e) {
            throw new IllegalStateException(
                    "Could not reach Redis at " + redis.describe() + ": " + e.getMessage()
                            + ". Check LAB_REDIS_URL (host, port, password, database number).",
                    e);
        }
    }

    private static int leadingNumber(String part) {
        String digits = part.replaceFirst("\\D.*$", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    static boolean atLeast(String version, int major, int minor) {
        // Versions such as "7.0-rc1": only the leading digits of each part count.
        String[] parts = version.split("\\.");
        int actualMajor = leadingNumber(parts[0]);
        int actualMinor = parts.length > 1 ? leadingNumber(parts[1]) : 0;
        return actualMajor > major || (actualMajor == major && actualMinor >= minor);
    }
}
