package lab.grader.katas.batchwrites;

import static lab.grader.katas.batchwrites.Imports.ENDPOINT;

import java.util.LinkedHashMap;
import java.util.Map;
import lab.grader.kit.Measured;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.SqlSnapshot;
import tools.jackson.databind.JsonNode;

/** 3,000 rows take at most one round trip per 100 rows, plus a few: a JDBC batch counts once. */
final class RoundTripsBounded implements CheckBody<BatchWritesData> {

    static final int ROWS = 3_000;
    static final int ROWS_PER_ROUND_TRIP = 100;
    static final int ALLOWANCE = 10;

    @Override
    public Verdict run(KataRun kata, BatchWritesData data) throws Exception {
        SettlementFile file = new SettlementFiles(kata.random()).next('R', ROWS);
        Measured<JsonNode> imported =
                Measured.around(kata, () -> Imports.importFile(kata, file.csv(), file.rows() + " rows"));
        Imports.requireStoredOnce(kata, file);
        SqlSnapshot sql = imported.sql();
        long allowed = file.rows() / ROWS_PER_ROUND_TRIP + ALLOWANCE;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rows", file.rows());
        metrics.put("roundTrips", sql.roundTrips());
        metrics.put("batches", sql.batches());
        metrics.put("batchedStatements", sql.batchedStatements());
        metrics.put("statements", sql.statements());
        metrics.put("allowedRoundTrips", allowed);
        if (sql.roundTrips() > allowed) {
            long perBatch = sql.batches() == 0 ? 0 : sql.batchedStatements() / sql.batches();
            long single = sql.roundTrips() - sql.batches();
            throw Feedback.check(ENDPOINT + " of " + file.rows() + " rows should send them to PostgreSQL in batches:"
                            + " at most one round trip per " + ROWS_PER_ROUND_TRIP + " rows, plus " + ALLOWANCE + ".")
                    .expected("at most " + allowed + " round trips (a JDBC executeBatch counts as one)")
                    .actual(sql.roundTrips() + " round trips: " + sql.batches() + " batches holding "
                            + sql.batchedStatements() + " statements, and " + single + " single statements. Most"
                            + " frequent:" + sql.describeMostFrequent(3))
                    .cause(
                            sql.batches() == 0
                                    ? "every row is inserted with a statement of its own (jdbc.update inside the loop over"
                                            + " rows)"
                                    : single > allowed
                                            ? "besides the batches, a statement runs for each row (a select to see whether"
                                                    + " the payment is already stored?): see the most frequent ones above"
                                            : "batches of about " + perBatch + " rows: too small to matter")
                    .next("collect the rows in a list and send them a few hundred at a time with jdbc.batchUpdate"
                            + " (one executeBatch each) from PaymentRepository")
                    .hint(2)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
