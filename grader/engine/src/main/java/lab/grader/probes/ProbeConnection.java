package lab.grader.probes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

/** The grader's line to the probe server inside one kata process, which answers in properties. */
final class ProbeConnection {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    ProbeConnection(int probePort) {
        this.base = URI.create("http://127.0.0.1:" + probePort);
    }

    Properties properties(String path) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(get(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    String get(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The lab probe answered " + response.statusCode() + " to " + path);
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The lab probe inside the kata did not answer " + path + "; did the kata process die?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the lab probe", e);
        }
    }
}
