package lab.grader.probes;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * What one request of a burst got: its status, headers and body, or, when no answer came within the client's time
 * limit or the connection failed, status 0 and why.
 */
public record BurstAnswer(int index, int status, HttpHeaders headers, String body, String failure) {

    /** No answer at all. */
    static final int NO_ANSWER = 0;

    public boolean answered() {
        return status != NO_ANSWER;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
