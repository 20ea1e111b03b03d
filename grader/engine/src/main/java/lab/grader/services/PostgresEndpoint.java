package lab.grader.services;

/**
 * Say how to reach a PostgreSQL server as an administrator who may create databases.
 *
 * @param adminDatabase the database to connect to when creating and dropping kata databases
 */
public record PostgresEndpoint(String host, int port, String user, String password, String adminDatabase) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Describe the server without its password, for reports. */
    public String describe() {
        return user + "@" + host + ":" + port;
    }
}
