package lab.grader.katas.batchwrites;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 04-batch-writes: a settlement file posted to {@code /imports} must be stored exactly once, in batches, in one
 * transaction, all or nothing, and streamed, so that a file several times the kata's heap still goes through.
 */
public final class BatchWritesGrading implements KataGrading<BatchWritesData> {

    static final int HEAP_MEGABYTES = 32;

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                        "04-batch-writes",
                        "query optimization",
                        "Batch writes",
                        "lab.batchwrites.BatchWritesApplication",
                        1,
                        List.of("-Xmx" + HEAP_MEGABYTES + "m"),
                        Set.of(
                                "round-trips-bounded",
                                "transactions-bounded",
                                "reimport-no-duplicates",
                                "malformed-file-rejected",
                                "big-file-small-heap"))
                // By design: a starter that reads the whole file runs out of its 32 MB heap here.
                .crashingByDesignIn("big-file-small-heap")
                .runningAlone("transactions-bounded counts transaction ids, which the whole PostgreSQL server hands"
                        + " out: another kata's writes would count as this kata's");
    }

    @Override
    public BatchWritesData seed(SeedContext context) throws Exception {
        return BatchWritesSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<BatchWritesData>> checks() {
        return List.of(
                new Check<>(
                        "payments-stored",
                        1,
                        "Every payment of a file is stored as it is in the file",
                        2,
                        new PaymentsStored()),
                new Check<>(
                        "round-trips-bounded",
                        2,
                        "Rows go to PostgreSQL in batches, not one round trip each",
                        3,
                        new RoundTripsBounded()),
                new Check<>(
                        "transactions-bounded",
                        3,
                        "A file is written in a constant number of transactions",
                        2,
                        new TransactionsBounded()),
                new Check<>(
                        "reimport-no-duplicates",
                        4,
                        "Importing a file again stores no payment twice",
                        2,
                        new ReimportNoDuplicates()),
                new Check<>(
                                "malformed-file-rejected",
                                5,
                                "A bad row rejects the whole file with its line number",
                                3,
                                new MalformedFileRejected())
                        // A 60,000-row file: a statement per row is slow, not hung (the round-trip check grades that).
                        .withTimeLimitFactor(5),
                // Last: a kata that reads the whole file runs out of memory here, and a dead kata fails what follows.
                new Check<>(
                                "big-file-small-heap",
                                6,
                                "A file several times the heap is streamed, not loaded whole",
                                3,
                                new BigFileSmallHeap())
                        .withTimeLimitFactor(5));
    }

    @Override
    public List<String> explorationHints(BatchWritesData data, List<String> baseUrls) {
        SettlementFile sample = new SettlementFiles(new SplittableRandom(7)).next('X', 3);
        return List.of(
                "printf '" + sample.csv().replace("\n", "\\n") + "' > payments.csv",
                "curl -s -H 'Content-Type: " + Imports.CONTENT_TYPE + "' --data-binary @payments.csv "
                        + baseUrls.getFirst() + "/imports",
                data.booked().size() + " payments are already booked, e.g. "
                        + data.booked().getFirst().describe());
    }
}
