package lab.grader;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import lab.grader.checks.KataInstance;
import lab.grader.checks.KataRun;
import lab.grader.probes.RedisProbe;
import lab.grader.probes.SqlMeter;
import lab.grader.probes.SqlProbe;
import lab.grader.services.RedisControl;

/** The running instances of one kata and the probes on them, as its checks see them. */
record RunningKata(
        List<KataInstance> instances,
        SqlMeter sql,
        RedisProbe redis,
        Connection database,
        long seed,
        Optional<RedisControl> redisControl)
        implements KataRun {

    static KataInstance instance(String name, int appPort, int probePort, long timeoutMillis) {
        // Socket timeouts as long as a check may take, so a hung handler ends the request rather than the run.
        RestAssuredConfig config = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", (int) timeoutMillis)
                        .setParam("http.socket.timeout", (int) timeoutMillis));
        SqlProbe probe = new SqlProbe(probePort);
        return new KataInstance() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public RequestSpecification http() {
                return RestAssured.given()
                        .config(config)
                        .baseUri("http://127.0.0.1")
                        .port(appPort);
            }

            @Override
            public URI baseUri() {
                return URI.create("http://127.0.0.1:" + appPort);
            }

            @Override
            public SqlProbe sql() {
                return probe;
            }

            @Override
            public String toString() {
                return "instance " + name + " (http://127.0.0.1:" + appPort + ")";
            }
        };
    }
}
