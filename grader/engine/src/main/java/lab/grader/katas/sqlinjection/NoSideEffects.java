package lab.grader.katas.sqlinjection;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.kit.TableSnapshot;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * The attacks of {@link Attacks#WRITES} (stacked UPDATE, INSERT and DELETE in every place input reaches the SQL): the
 * grader snapshots the three tables before and after, and no row may have changed.
 */
final class NoSideEffects implements CheckBody<SupportData> {

    static final List<String> TABLES = List.of("customer", "customer_order", "staff_account");

    @Override
    public Verdict run(KataRun kata, SupportData data) throws Exception {
        List<TableSnapshot> before = snapshots(kata);
        Attacks.send(kata, data, Attacks.WRITES);
        List<TableSnapshot> after = snapshots(kata);
        List<String> changes = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < TABLES.size(); i++) {
            TableSnapshot.Changes tableChanges = after.get(i).changesSince(before.get(i));
            if (tableChanges.total() > 0) {
                changed += tableChanges.total();
                changes.add(tableChanges.describe());
            }
        }
        Map<String, Object> metrics = Map.of("attacks", Attacks.WRITES.size(), "rowsChanged", changed);
        if (changed > 0) {
            throw Feedback.check(Attacks.WRITES.size() + " attacks that stack a second statement (UPDATE, INSERT,"
                            + " DELETE) after the search text, the status, the sort, the direction and the order id"
                            + " should change nothing.")
                    .expected("0 rows changed in " + String.join(", ", TABLES))
                    .actual(changed + " rows changed: " + String.join("; ", changes))
                    .cause("the input ends the service's statement with ';' and the driver runs the attacker's next"
                            + " one: a statement built by concatenation, sent without parameters")
                    .next("bind every value (a statement with parameters runs one command only) and allow-list"
                            + " sort and dir")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static List<TableSnapshot> snapshots(KataRun kata) throws SQLException {
        List<TableSnapshot> snapshots = new ArrayList<>();
        for (String table : TABLES) {
            snapshots.add(TableSnapshot.take(kata.database(), table));
        }
        return snapshots;
    }
}
