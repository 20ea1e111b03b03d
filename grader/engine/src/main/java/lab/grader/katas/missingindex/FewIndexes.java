package lab.grader.katas.missingindex;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** The schema gains at most a few indexes besides the primary keys: every index costs every insert. */
final class FewIndexes implements CheckBody<MissingIndexData> {

    @Override
    public Verdict run(KataRun kata, MissingIndexData data) throws Exception {
        List<String> added = new ArrayList<>();
        long addedBytes = 0;
        try (PreparedStatement select = kata.database().prepareStatement("""
                select t.relname as table_name, i.relname as index_name, pg_relation_size(i.oid) as bytes,
                       pg_get_indexdef(i.oid) as definition
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid
                where t.relnamespace = current_schema()::regnamespace and t.relname <> 'flyway_schema_history'
                order by t.relname, i.relname""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (!MissingIndexGrading.STARTER_INDEXES.contains(rows.getString("index_name"))) {
                    added.add(rows.getString("index_name") + " (" + rows.getLong("bytes") / 1024 + " kB): "
                            + rows.getString("definition"));
                    addedBytes += rows.getLong("bytes");
                }
            }
        }
        long tableBytes = TableSizes.bytes(kata, "customer") + TableSizes.bytes(kata, "purchase_order");
        int allowed = MissingIndexGrading.MAX_NEW_INDEXES;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("newIndexes", added.size());
        metrics.put("newIndexKilobytes", addedBytes / 1024);
        metrics.put("tableKilobytes", tableBytes / 1024);
        if (added.size() > allowed) {
            throw Feedback.check("The schema should gain at most " + allowed + " indexes: every index is updated on"
                            + " every insert, and the search needs two.")
                    .expected("at most " + allowed + " indexes besides the primary keys")
                    .actual(added.size() + " new indexes, " + addedBytes / 1024 + " kB in all (the two tables: "
                            + tableBytes / 1024 + " kB):\n  " + String.join("\n  ", added))
                    .cause("an index on every column, just in case; most of them serve no query of the service")
                    .next("keep the indexes the two queries use (explain them) and drop the rest from your V2"
                            + " migration")
                    .hint(2)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
