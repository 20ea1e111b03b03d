package lab.grader.services;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read the engine's answer to a pull as it streams: an HTTP status line, headers, then one JSON object per
 * line, each a progress message or an {@code error}.
 */
final class DockerPullAnswer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int status = -1;
    private boolean inBody;
    private String error;

    void add(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (!inBody) {
                head.write(b);
                String text = head.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r\n\r\n")) {
                    inBody = true;
                    String[] statusLine = text.split("\r\n", 2)[0].split(" ", 3);
                    status = statusLine.length > 1 && statusLine[1].matches("\\d{3}")
                            ? Integer.parseInt(statusLine[1])
                            : 0;
                }
            } else if (b == '\n') {
                message(line.toString(StandardCharsets.UTF_8).strip());
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    boolean started() {
        return inBody;
    }

    Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** What the whole answer meant, once the engine closed the connection. */
    Optional<String> outcome() {
        if (line.size() > 0) {
            message(line.toString(StandardCharsets.UTF_8).strip());
            line.reset();
        }
        if (error != null) {
            return Optional.of(error);
        }
        if (status == 200) {
            return Optional.empty();
        }
        return Optional.of(status < 0 ? "the Docker engine closed the connection without an answer" : "HTTP " + status);
    }

    private void message(String json) {
        if (json.isEmpty() || error != null) {
            return;
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node.hasNonNull("error")) {
                error = node.path("error").asString();
            } else if (status != 200 && node.hasNonNull("message")) {
                error = node.path("message").asString();
            }
        } catch (JacksonException e) {
            if (status != 200) {
                error = "HTTP " + status + ": " + json;
            }
        }
    }
}
