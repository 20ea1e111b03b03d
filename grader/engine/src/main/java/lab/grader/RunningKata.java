package lab.grader;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import lab.grader.model.KataFixture;
import lab.grader.model.KataInstance;
import lab.grader.model.KataRun;
import lab.grader.probes.RedisProbe;
import lab.grader.probes.RequestProbe;
import lab.grader.probes.SqlMeter;
import lab.grader.probes.SqlProbe;
import lab.grader.services.RedisControl;

/** The running instances of one kata, the probes on them and its fixtures, as one check sees them. */
record RunningKata(
        List<KataInstance> instances,
        SqlMeter sql,
        RedisProbe redis,
        Connection database,
        DatabaseOpener databaseOpener,
        long seed,
        RandomGenerator random,
        List<KataFixture> fixtures,
        Optional<RedisControl> redisControl)
        implements KataRun {

    /** The same kata for one check, with a generator of its own, so its choices do not depend on the checks before. */
    RunningKata forCheck(String checkId) {
        return new RunningKata(
                instances,
                sql.fresh(),
                redis,
                database,
                databaseOpener,
                seed,
                new SplittableRandom(seed ^ ((long) checkId.hashCode() << 21)),
                fixtures,
                redisControl);
    }

    /** Opens a new connection to the kata's database. */
    @FunctionalInterface
    interface DatabaseOpener {
        Connection open() throws SQLException;
    }

    @Override
    public Connection openDatabase() throws SQLException {
        return databaseOpener.open();
    }

    @Override
    public <F extends KataFixture> F fixture(Class<F> type) {
        return fixtures.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The check asked for a " + type.getSimpleName()
                        + " fixture, but the kata's grading does not declare one in fixtures()"));
    }

    static KataInstance instance(String name, int appPort, int probePort, long timeoutMillis) {
        // Socket timeouts twice as long as a check may take: a hung handler still ends its request rather than the
        // run, but the check's own time limit always comes first and says "timed-out". With equal limits a busy
        // machine let the socket win the race, and the hang became an I/O failure with the next check still run.
        int socketMillis = (int) Math.min(Integer.MAX_VALUE, 2 * timeoutMillis);
        RestAssuredConfig config = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", socketMillis)
                        .setParam("http.socket.timeout", socketMillis));
        SqlProbe probe = new SqlProbe(probePort);
        RequestProbe requests = new RequestProbe(probePort);
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
            public RequestProbe requests() {
                return requests;
            }

            @Override
            public String toString() {
                return "instance " + name + " (http://127.0.0.1:" + appPort + ")";
            }
        };
    }
}
