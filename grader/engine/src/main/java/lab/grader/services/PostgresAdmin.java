package lab.grader.services;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Create and drop the database each kata gets, with the settings that keep measurements repeatable. */
public final class PostgresAdmin {

    private final PostgresEndpoint postgres;

    public PostgresAdmin(PostgresEndpoint postgres) {
        this.postgres = postgres;
    }

    public void createDatabase(String name) throws SQLException {
        requireSafeName(name);
        try (Connection connection = connect(postgres.adminDatabase());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name + " template template0 encoding 'UTF8'");
            for (Map.Entry<String, String> setting :
                    PostgresServerSettings.perDatabase().entrySet()) {
                statement.execute("alter database " + name + " set " + setting.getKey() + " = " + setting.getValue());
            }
        }
        if (statementStatisticsLoaded()) {
            try (Connection connection = connect(name);
                    Statement statement = connection.createStatement()) {
                statement.execute("create extension if not exists pg_stat_statements");
            }
        }
    }

    public void dropDatabase(String name) throws SQLException {
        requireSafeName(name);
        try (Connection connection = connect(postgres.adminDatabase());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    /** Tell whether pg_stat_statements is preloaded, which buffers-per-statement figures need. */
    public boolean statementStatisticsLoaded() throws SQLException {
        try (Connection connection = connect(postgres.adminDatabase());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select current_setting('shared_preload_libraries')")) {
            row.next();
            return row.getString(1).contains("pg_stat_statements");
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
    }

    // Names are built by the grader, never by a learner, but they go into SQL unquoted: make sure.
    private static void requireSafeName(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
    }
}
