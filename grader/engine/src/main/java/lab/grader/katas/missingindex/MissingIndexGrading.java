package lab.grader.katas.missingindex;

import static lab.grader.katas.missingindex.SupportSearchCalls.spell;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 02-missing-index: the support search must stay correct (any case, range edges, ties) while both of its
 * queries seek through an index, each call reads at most a tenth of what a scan of its table reads, and the schema
 * gains no more than a few indexes.
 */
public final class MissingIndexGrading implements KataGrading<MissingIndexData> {

    static final int MAX_NEW_INDEXES = 3;
    /** A call may read at most this fraction of the pages a sequential scan of its table reads. */
    static final int SCAN_FRACTION = 10;
    /** The indexes V1 creates: the two primary keys. */
    static final Set<String> STARTER_INDEXES = Set.of("customer_pkey", "purchase_order_pkey");

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "02-missing-index",
                "query optimization",
                "Missing index",
                "lab.missingindex.MissingIndexApplication",
                1,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of("queries-use-indexes", "buffers-per-call"));
    }

    @Override
    public MissingIndexData seed(SeedContext context) throws Exception {
        return MissingIndexSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<MissingIndexData>> checks() {
        return List.of(
                new Check<>(
                        "search-results",
                        1,
                        "Search results match the database: any case, range edges, ties",
                        3,
                        new SearchResults()),
                new Check<>(
                        "queries-use-indexes",
                        2,
                        "Both searches can seek through an index",
                        3,
                        new QueriesUseIndexes()),
                new Check<>(
                        "buffers-per-call",
                        3,
                        "Each call reads at most a tenth of a table scan",
                        4,
                        new BuffersPerCall()),
                new Check<>("few-indexes", 4, "At most " + MAX_NEW_INDEXES + " new indexes", 2, new FewIndexes()),
                new Check<>("bad-input", 5, "Clear 400s and 404s for bad input", 2, new BadInput()));
    }

    @Override
    public List<String> explorationHints(MissingIndexData data, List<String> baseUrls) {
        String url = baseUrls.getFirst();
        long keyAccount = data.keyAccountIds().getFirst();
        LocalDate from = MissingIndexData.END.minusDays(30);
        return List.of(
                "curl -s '" + url + "/support/customers?email=" + spell(data.keyAccountEmail(), 3) + "'",
                "curl -s '" + url + "/support/customers/" + keyAccount + "/orders?from=" + from + "&to="
                        + from.plusDays(7) + "'",
                "curl -s '" + url + "/support/customers/" + data.boundaryCustomerId() + "/orders?from="
                        + data.boundaryFrom() + "&to=" + data.boundaryTo() + "'",
                "customer " + keyAccount + " (e-mail stored as " + data.keyAccountEmail() + ") is a key account"
                        + " with thousands of orders; customer " + data.boundaryCustomerId() + " has orders on the"
                        + " edges of from=" + data.boundaryFrom() + " to=" + data.boundaryTo() + " and three at one"
                        + " instant; customer " + data.unknownCustomerId() + " does not exist",
                "in psql: explain (analyze, buffers) <a query of SupportSearchRepository, with values for the ?>");
    }
}
