package lab.grader.services;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Say how to reach a Redis server, and which logical database the lab may flush.
 *
 * @param password empty when the server needs none
 */
public record RedisEndpoint(String host, int port, int database, String password) {

    public String url() {
        // Encoded, because the kata's Spring Boot decodes the user-info of the URL.
        String auth = password.isEmpty()
                ? ""
                : ":" + URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20") + "@";
        return "redis://" + auth + host + ":" + port + "/" + database;
    }

    /** Describe the server without its password, for reports. */
    public String describe() {
        return host + ":" + port + "/" + database;
    }
}
