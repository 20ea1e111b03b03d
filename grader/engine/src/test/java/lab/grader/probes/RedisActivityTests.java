package lab.grader.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class RedisActivityTests {

    private static final RedisSnapshot BEFORE = RedisSnapshot.parse("""
            # Commandstats
            cmdstat_get:calls=2,usec=10,usec_per_call=5.00,rejected_calls=0,failed_calls=0
            cmdstat_set:calls=1,usec=7,usec_per_call=7.00,rejected_calls=0,failed_calls=0
            cmdstat_client|setname:calls=1,usec=3,usec_per_call=3.00,rejected_calls=0,failed_calls=0
            cmdstat_info:calls=2,usec=60,usec_per_call=30.00,rejected_calls=0,failed_calls=0
            """, """
            # Stats
            keyspace_hits:2
            keyspace_misses:1
            """);

    private static final RedisSnapshot AFTER = RedisSnapshot.parse("""
            # Commandstats
            cmdstat_get:calls=12,usec=60,usec_per_call=5.00,rejected_calls=0,failed_calls=0
            cmdstat_set:calls=2,usec=14,usec_per_call=7.00,rejected_calls=0,failed_calls=0
            cmdstat_del:calls=1,usec=4,usec_per_call=4.00,rejected_calls=0,failed_calls=0
            cmdstat_client|setname:calls=1,usec=3,usec_per_call=3.00,rejected_calls=0,failed_calls=0
            cmdstat_info:calls=4,usec=120,usec_per_call=30.00,rejected_calls=0,failed_calls=0
            """, """
            # Stats
            keyspace_hits:12
            keyspace_misses:2
            """);

    private final RedisActivity activity = RedisActivity.between(BEFORE, AFTER);

    @Test
    void between_counts_the_calls_made_in_between() {
        assertThat(activity.commands())
                .as("commands in between")
                .containsOnly(entry("get", 10L), entry("set", 1L), entry("del", 1L));
        assertThat(activity.calls("get")).as("GET calls").isEqualTo(10);
        assertThat(activity.calls("expire")).as("calls of a command never run").isZero();
        assertThat(activity.totalCommands()).as("total commands").isEqualTo(12);
    }

    @Test
    void between_leaves_out_the_graders_own_info_calls() {
        assertThat(activity.commands()).as("commands in between").doesNotContainKey("info");
    }

    @Test
    void between_leaves_out_commands_that_did_not_run_again() {
        assertThat(activity.commands()).as("commands in between").doesNotContainKey("client|setname");
    }

    @Test
    void between_counts_keyspace_hits_and_misses_in_between() {
        assertThat(activity.hits()).as("keyspace hits").isEqualTo(10);
        assertThat(activity.misses()).as("keyspace misses").isEqualTo(1);
    }

    @Test
    void describe_lists_commands_by_name_then_hits_and_misses() {
        assertThat(activity.describe())
                .as("description")
                .isEqualTo("DEL x 1, GET x 10, SET x 1; 10 keyspace hits, 1 misses");
    }

    @Test
    void describe_says_so_when_there_was_no_command() {
        assertThat(RedisActivity.between(AFTER, AFTER).describe())
                .as("description of no activity")
                .isEqualTo("no Redis commands at all");
    }

    @Test
    void metrics_list_the_total_each_command_and_the_keyspace() {
        assertThat(activity.metrics())
                .as("metrics")
                .containsExactly(
                        entry("redisCommands", 12L),
                        entry("redis.del", 1L),
                        entry("redis.get", 10L),
                        entry("redis.set", 1L),
                        entry("keyspaceHits", 10L),
                        entry("keyspaceMisses", 1L));
    }
}
