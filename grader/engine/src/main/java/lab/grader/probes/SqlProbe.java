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

/** Ask the probe inside one kata process what SQL work it counted, and reset the counters. */
public final class SqlProbe {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    public SqlProbe(int probePort) {
        this.base = URI.create("http://127.0.0.1:" + probePort);
    }

    public SqlSnapshot snapshot() {
        return SqlSnapshot.parse(get("/sql"));
    }

    /** Tell whether the probe still answers: it stops when its kata process is going down. */
    public boolean answers() {
        try {
            get("/sql");
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    public void reset() {
        get("/sql/reset");
    }

    public PoolState pool() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(get("/pool")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PoolState(
                p.getProperty("pool", "none"),
                number(p, "maximumPoolSize"),
                number(p, "total"),
                number(p, "active"),
                number(p, "idle"),
                number(p, "waiting"));
    }

    private static int number(Properties p, String name) {
        return Integer.parseInt(p.getProperty(name, "0"));
    }

    private String get(String path) {
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
