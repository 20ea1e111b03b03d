package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import lab.grader.Lab;
import lab.grader.katas.Gradings;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;
import lab.grader.model.Verdict;
import lab.grader.probes.PlanProbe;
import lab.grader.probes.PoolState;
import lab.grader.probes.QueryPlan;
import lab.grader.probes.RedisActivity;
import lab.grader.probes.RedisProbe;
import lab.grader.report.KataResult;
import lab.grader.report.KataStatus;
import lab.grader.runner.KataSource;
import lab.grader.services.PostgresAdmin;
import lab.grader.services.RedisConnections;
import lab.grader.services.RedisControl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;

/**
 * Prove the probes the pilots do not exercise yet work against the run's real servers: plans and buffers of a
 * statement, Redis command counts, and taking Redis away and back.
 */
@Tag("selfcheck")
@ExtendWith(SelfCheckLab.class)
class EngineProbesSelfCheckTests {

    @Test
    void a_plan_shows_buffers_and_whether_an_index_can_be_used(Lab lab) throws Exception {
        PostgresAdmin admin = new PostgresAdmin(lab.services().postgres());
        String database = "lab_selfcheck_plans";
        admin.createDatabase(database);
        try (Connection connection = admin.connect(database);
                Statement sql = connection.createStatement()) {
            sql.execute("create table event (id bigint primary key, account bigint not null, payload text not null)");
            sql.execute("insert into event select g, g / 100, repeat('x', 100) from generate_series(1, 50000) g");
            sql.execute("create index event_account on event (account)");
            sql.execute("analyze event");
            PlanProbe plans = new PlanProbe(connection);

            QueryPlan scan = plans.explain("select * from event where payload = ?", "nothing");
            QueryPlan indexed = plans.explainWithoutSequentialScans("select * from event where account = ?", 42L);

            assertThat(scan.scansSequentially("event"))
                    .as("a filter on an unindexed column scans the table")
                    .isTrue();
            assertThat(indexed.indexesUsed())
                    .as("indexes used for account = 42")
                    .contains("event_account");
            assertThat(indexed.sharedBuffers())
                    .as("buffers of the indexed lookup vs the scan (%s)", scan.sharedBuffers())
                    .isLessThan(scan.sharedBuffers() / 10);
        } finally {
            admin.dropDatabase(database);
        }
    }

    @Test
    void redis_commands_and_keyspace_hits_are_counted_from_the_server(Lab lab) throws Exception {
        try (RedisProbe probe = new RedisProbe(lab.services().redis());
                Jedis client = RedisConnections.open(lab.services().redis())) {
            probe.reset();
            client.set("lab:selfcheck", "1");
            RedisActivity activity = probe.measure(() -> {
                client.get("lab:selfcheck");
                client.get("lab:selfcheck");
                client.get("lab:absent");
            });

            assertThat(activity.calls("get")).as("GET commands").isEqualTo(3);
            assertThat(activity.hits()).as("keyspace hits").isEqualTo(2);
            assertThat(activity.misses()).as("keyspace misses").isEqualTo(1);
            probe.flush();
        }
    }

    @Test
    void redis_can_be_taken_away_and_brought_back_where_the_mode_owns_it(Lab lab) {
        if (lab.services().redisControl().isEmpty()) {
            assertThat(lab.services().mode().label())
                    .as("only external mode offers no Redis control")
                    .isEqualTo("external");
            return;
        }
        RedisControl control = lab.services().redisControl().get();
        control.makeUnavailable();
        try {
            assertThatThrownBy(() -> {
                        try (Jedis client = RedisConnections.open(lab.services().redis())) {
                            client.ping();
                        }
                    })
                    .as("a PING while Redis is away")
                    .isInstanceOf(RuntimeException.class);
        } finally {
            control.restore();
        }
        try (Jedis client = RedisConnections.open(lab.services().redis())) {
            assertThat(client.ping()).as("PING after Redis is back").isEqualTo("PONG");
        }
    }

    @Test
    void a_kata_reports_its_connection_pool_while_it_runs(Lab lab) {
        KataDefinition nPlusOne = Gradings.forKata("01-n-plus-one").definition();
        KataGrading<Void> poolOnly = new KataGrading<>() {
            @Override
            public KataDefinition definition() {
                return nPlusOne;
            }

            @Override
            public Void seed(SeedContext context) {
                return null;
            }

            @Override
            public List<Check<Void>> checks() {
                return List.of(new Check<>("pool-state", 1, "The probe reports HikariCP's pool", 1, (kata, data) -> {
                    PoolState pool = kata.instance(0).sql().pool();
                    assertThat(pool.pool()).as("pool kind in %s", pool).isEqualTo("hikari");
                    assertThat(pool.maximum())
                            .as("maximum pool size in %s", pool)
                            .isPositive();
                    assertThat(pool.active() + pool.idle())
                            .as("active + idle vs total in %s", pool)
                            .isEqualTo(pool.total());
                    return Verdict.pass(Map.of("pool", pool.toString()));
                }));
            }
        };

        KataResult result = lab.grade(
                KataSource.of(
                        "solutions", lab.settings().root().resolve("solutions").resolve("01-n-plus-one")),
                poolOnly);

        assertThat(result.status())
                .as("pool check: %s", result.checks().getFirst().message())
                .isEqualTo(KataStatus.PASSED);
    }
}
