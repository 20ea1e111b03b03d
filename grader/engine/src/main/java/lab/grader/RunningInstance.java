package lab.grader;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.file.Path;
import lab.grader.model.KataInstance;
import lab.grader.probes.RequestProbe;
import lab.grader.probes.SqlProbe;
import lab.grader.probes.ThreadProbe;
import lab.grader.runner.ReadyInfo;

/**
 * One process of a kata as the checks see it: its HTTP address and its probes. When a check restarts the instance,
 * the same object points at the new process, so a check keeps using {@code kata.instance(1)} across the restart.
 */
final class RunningInstance implements KataInstance {

    private final String name;
    private final RestAssuredConfig config;
    private final Path log;
    private volatile Process current;

    private record Process(int appPort, SqlProbe sql, RequestProbe requests, ThreadProbe threads) {}

    RunningInstance(String name, int appPort, int probePort, Path log, long timeoutMillis) {
        this.name = name;
        this.log = log;
        // Socket timeouts twice as long as a check may take: a hung handler still ends its request rather than the
        // run, but the check's own time limit always comes first and says "timed-out". With equal limits a busy
        // machine let the socket win the race, and the hang became an I/O failure with the next check still run.
        int socketMillis = (int) Math.min(Integer.MAX_VALUE, 2 * timeoutMillis);
        this.config = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", socketMillis)
                        .setParam("http.socket.timeout", socketMillis));
        moveTo(appPort, probePort);
    }

    /** Point at the process started in place of the previous one. */
    void moveTo(ReadyInfo ready) {
        moveTo(ready.appPort(), ready.probePort());
    }

    private void moveTo(int appPort, int probePort) {
        current =
                new Process(appPort, new SqlProbe(probePort), new RequestProbe(probePort), new ThreadProbe(probePort));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RequestSpecification http() {
        return RestAssured.given().config(config).baseUri("http://127.0.0.1").port(current.appPort());
    }

    @Override
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + current.appPort());
    }

    @Override
    public SqlProbe sql() {
        return current.sql();
    }

    @Override
    public RequestProbe requests() {
        return current.requests();
    }

    @Override
    public ThreadProbe threads() {
        return current.threads();
    }

    @Override
    public Path log() {
        return log;
    }

    @Override
    public String toString() {
        return "instance " + name + " (http://127.0.0.1:" + current.appPort() + ")";
    }
}
