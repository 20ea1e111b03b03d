package lab.grader.katas.keysetpagination;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 03-keyset-pagination: the feed is walked in a total order, a deep page costs about what page 1 costs, new
 * rows arriving between two requests neither skip nor repeat a row, and a cursor the service did not issue for this
 * feed is a 400.
 */
public final class KeysetPaginationGrading implements KataGrading<KeysetPaginationData> {

    static final int PAGE_SIZE = 20;
    static final int WALK_LIMIT = 100;
    static final int WALK_PAGES = 100;
    static final int DEEP_OFFSET = WALK_LIMIT * WALK_PAGES;
    /** A deep page may cost this many times the buffers of page 1, plus {@link #BUFFER_ALLOWANCE}. */
    static final int MAX_FACTOR = 3;

    static final int BUFFER_ALLOWANCE = 20;

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "03-keyset-pagination",
                "query optimization",
                "Keyset pagination",
                "lab.keysetpagination.KeysetPaginationApplication",
                1,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of("deep-page-cost", "stable-while-rows-arrive", "bad-cursor-rejected"));
    }

    @Override
    public KeysetPaginationData seed(SeedContext context) throws Exception {
        return KeysetPaginationSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<KeysetPaginationData>> checks() {
        return List.of(
                new Check<>(
                        "feed-in-order",
                        1,
                        "Every activity exactly once, newest first, ties broken by id",
                        2,
                        new FeedInOrder()),
                new Check<>(
                        "deep-page-cost", 2, "Page 501 costs about what page 1 costs (buffers)", 4, new DeepPageCost()),
                new Check<>(
                        "stable-while-rows-arrive",
                        3,
                        "No row skipped or repeated while new rows arrive",
                        2,
                        new StableWhileRowsArrive()),
                new Check<>(
                        "bad-cursor-rejected",
                        4,
                        "Opaque cursors; an altered or malformed one gets a 400",
                        2,
                        new BadCursorRejected()));
    }

    @Override
    public List<String> explorationHints(KeysetPaginationData data, List<String> baseUrls) {
        String url = baseUrls.getFirst() + "/accounts/" + data.deep().id() + "/feed";
        return List.of(
                "curl -s '" + url + "?limit=3'",
                "curl -s '" + url + "?limit=3&cursor=<the \"next\" of the previous answer>'",
                "account " + data.deep().id() + " has " + data.deep().activities() + " activities; "
                        + data.ties().id() + " has " + data.ties().activities() + ", most of them sharing a timestamp; "
                        + data.emptyAccountId() + " has none; " + data.unknownAccountId() + " does not exist");
    }
}
