package lab.grader.services;

/**
 * Say how to reach a Redis server, and which logical database the lab may flush.
 *
 * @param password empty when the server needs none
 */
public record RedisEndpoint(String host, int port, int database, String password) {

    public String url() {
        String auth = password.isEmpty() ? "" : ":" + password + "@";
        return "redis://" + auth + host + ":" + port + "/" + database;
    }

    /** Describe the server without its password, for reports. */
    public String describe() {
        return host + ":" + port + "/" + database;
    }
}
