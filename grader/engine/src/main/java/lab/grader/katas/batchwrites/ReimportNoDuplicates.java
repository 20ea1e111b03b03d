package lab.grader.katas.batchwrites;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** A file of new payments mixed with some booked before, imported twice, leaves each payment stored once. */
final class ReimportNoDuplicates implements CheckBody<BatchWritesData> {

    static final int NEW_PAYMENTS = 850;
    static final int BOOKED_BEFORE = 150;

    @Override
    public Verdict run(KataRun kata, BatchWritesData data) throws Exception {
        RandomGenerator random = kata.random();
        SettlementFile fresh = new SettlementFiles(random).next('D', NEW_PAYMENTS);
        List<PaymentLine> booked = new ArrayList<>(data.booked());
        Collections.shuffle(booked, new Random(random.nextLong()));
        // The bank sends again some payments of an earlier file, among new ones.
        List<PaymentLine> lines = new ArrayList<>(fresh.lines());
        for (PaymentLine again : booked.subList(0, BOOKED_BEFORE)) {
            lines.add(random.nextInt(lines.size() + 1), again);
        }
        SettlementFile file = new SettlementFile(fresh.prefix(), lines);
        List<String> references = lines.stream().map(PaymentLine::reference).toList();
        Connection db = kata.database();
        long tableBefore = PaymentTable.count(db);
        String what = file.rows() + " rows (" + NEW_PAYMENTS + " new payments, " + BOOKED_BEFORE + " booked before)";
        Imports.importFile(kata, file.csv(), what);
        long afterFirst = PaymentTable.count(db);
        Imports.importFile(kata, file.csv(), what + " a second time");
        long afterSecond = PaymentTable.count(db);
        Map<String, Long> perReference = PaymentTable.rowsPerReference(db, references);
        List<String> problems = new ArrayList<>();
        for (String reference : references) {
            long rows = perReference.getOrDefault(reference, 0L);
            if (rows != 1 && problems.size() < 3) {
                problems.add(reference + " has " + rows + " rows");
            }
        }
        long repeated = perReference.values().stream().filter(rows -> rows > 1).count();
        long expected = tableBefore + NEW_PAYMENTS;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("rowsAddedByFirstImport", afterFirst - tableBefore);
        metrics.put("rowsAddedBySecondImport", afterSecond - afterFirst);
        metrics.put("referencesStoredMoreThanOnce", repeated);
        if (!problems.isEmpty() || afterSecond != expected) {
            throw Feedback.check("Importing the same file twice, " + what + ", should store each payment once.")
                    .expected("each of the " + file.rows() + " references exactly once: the table grows by "
                            + NEW_PAYMENTS + " rows, from " + tableBefore + " to " + expected)
                    .actual("the first import added " + (afterFirst - tableBefore) + " rows, the second "
                            + (afterSecond - afterFirst) + "; " + repeated + " references are stored more than once"
                            + (problems.isEmpty() ? "" : ", e.g. " + String.join(", ", problems)))
                    .cause(
                            repeated > 0
                                    ? "nothing tells the database that two rows with the same reference are the same payment"
                                            + " (no unique key on reference, or `on conflict do nothing` without one)"
                                    : "payments are skipped or removed that should be stored")
                    .next("add a unique constraint on payment (reference) in a new migration, V2__....sql, and"
                            + " insert with `on conflict (reference) do nothing`")
                    .hint(2)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
