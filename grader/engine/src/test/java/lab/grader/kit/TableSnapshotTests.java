package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSnapshotTests {

    @Test
    void inserted_deleted_and_changed_rows_are_counted_by_key() {
        TableSnapshot before = new TableSnapshot(
                "staff_account",
                Map.of("1", "1|agent.noor|sk_a", "2", "2|agent.mateo|sk_b", "3", "3|agent.yuki|sk_c"),
                true);
        TableSnapshot after = new TableSnapshot(
                "staff_account",
                Map.of("1", "1|agent.noor|qxmarker", "3", "3|agent.yuki|sk_c", "-1", "-1|qx|qx"),
                true);

        TableSnapshot.Changes changes = after.changesSince(before);

        assertThat(changes.inserted()).isEqualTo(1);
        assertThat(changes.deleted()).isEqualTo(1);
        assertThat(changes.updated()).isEqualTo(1);
        assertThat(changes.total()).isEqualTo(3);
        assertThat(changes.describe()).isEqualTo("staff_account: 1 inserted, 1 deleted, 1 changed");
        assertThat(before.changesSince(before).total()).isZero();
    }

    @Test
    void a_dropped_table_counts_every_row_as_deleted() {
        TableSnapshot before = new TableSnapshot("customer", Map.of("1", "1|a", "2", "2|b"), true);
        TableSnapshot gone = new TableSnapshot("customer", Map.of(), false);

        assertThat(gone.changesSince(before).deleted()).isEqualTo(2);
    }
}
