package lab.grader.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class RedisSnapshotTests {

    // INFO answers with CRLF line ends.
    private static final String COMMAND_STATS = "# Commandstats\r\n"
            + "cmdstat_get:calls=10,usec=52,usec_per_call=5.20,rejected_calls=0,failed_calls=0\r\n"
            + "cmdstat_set:calls=1,usec=7,usec_per_call=7.00,rejected_calls=0,failed_calls=0\r\n"
            + "cmdstat_client|setname:calls=2,usec=3,usec_per_call=1.50,rejected_calls=0,failed_calls=0\r\n"
            + "cmdstat_info:calls=4,usec=120,usec_per_call=30.00,rejected_calls=0,failed_calls=0\r\n";

    private static final String STATS = "# Stats\r\n"
            + "total_connections_received:5\r\n"
            + "keyspace_hits:12\r\n"
            + "keyspace_misses:3\r\n"
            + "evicted_keys:0\r\n";

    @Test
    void parse_reads_calls_per_command() {
        RedisSnapshot snapshot = RedisSnapshot.parse(COMMAND_STATS, STATS);

        assertThat(snapshot.calls())
                .as("calls per command")
                .containsOnly(entry("get", 10L), entry("set", 1L), entry("client|setname", 2L), entry("info", 4L));
    }

    @Test
    void parse_reads_keyspace_hits_and_misses() {
        RedisSnapshot snapshot = RedisSnapshot.parse(COMMAND_STATS, STATS);

        assertThat(snapshot.keyspaceHits()).as("keyspace hits").isEqualTo(12);
        assertThat(snapshot.keyspaceMisses()).as("keyspace misses").isEqualTo(3);
    }

    @Test
    void parse_of_a_fresh_server_is_all_zero() {
        RedisSnapshot snapshot = RedisSnapshot.parse("# Commandstats\r\n", "# Stats\r\n");

        assertThat(snapshot.calls()).as("calls per command").isEmpty();
        assertThat(snapshot.keyspaceHits()).as("keyspace hits").isZero();
        assertThat(snapshot.keyspaceMisses()).as("keyspace misses").isZero();
    }

    @Test
    void parse_accepts_lf_line_ends() {
        RedisSnapshot snapshot = RedisSnapshot.parse(COMMAND_STATS.replace("\r\n", "\n"), STATS.replace("\r\n", "\n"));

        assertThat(snapshot.calls()).as("calls per command").containsEntry("get", 10L);
        assertThat(snapshot.keyspaceMisses()).as("keyspace misses").isEqualTo(3);
    }
}
