package lab.grader.katas.batchwrites;

import static lab.grader.katas.batchwrites.Imports.ENDPOINT;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import lab.grader.kit.Measured;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.SqlSnapshot;
import tools.jackson.databind.JsonNode;

/** 3,000 rows are written in at most a few transactions, counted by PostgreSQL's transaction ids. */
final class TransactionsBounded implements CheckBody<BatchWritesData> {

    static final int ROWS = 3_000;
    static final int MAX_TRANSACTIONS = 3;

    @Override
    public Verdict run(KataRun kata, BatchWritesData data) throws Exception {
        SettlementFile file = new SettlementFiles(kata.random()).next('T', ROWS);
        Connection db = kata.database();
        long before = PaymentTable.nextTransactionId(db);
        Measured<JsonNode> imported =
                Measured.around(kata, () -> Imports.importFile(kata, file.csv(), file.rows() + " rows"));
        long transactions = PaymentTable.nextTransactionId(db) - before;
        Imports.requireStoredOnce(kata, file);
        SqlSnapshot sql = imported.sql();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rows", file.rows());
        metrics.put("writeTransactions", transactions);
        metrics.put("commits", sql.commits());
        metrics.put("roundTrips", sql.roundTrips());
        if (transactions > MAX_TRANSACTIONS) {
            throw Feedback.check(ENDPOINT + " of " + file.rows() + " rows should write them in a constant number of"
                            + " transactions, not one per row or per batch.")
                    .expected("at most " + MAX_TRANSACTIONS + " write transactions")
                    .actual(transactions + " write transactions (PostgreSQL handed out transaction ids " + before
                            + " to " + (before + transactions - 1) + "); the kata called commit() " + sql.commits()
                            + " times and made " + sql.roundTrips() + " round trips")
                    .cause(
                            transactions >= file.rows()
                                    ? "autocommit: every insert is a transaction of its own"
                                    : "a commit after every batch: autocommit around batchUpdate, or a transaction per batch"
                                            + " instead of one around the whole file")
                    .next("run the whole import in one transaction (TransactionTemplate.execute, or @Transactional"
                            + " on a public method of another bean) in PaymentImporter")
                    .hint(2)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
