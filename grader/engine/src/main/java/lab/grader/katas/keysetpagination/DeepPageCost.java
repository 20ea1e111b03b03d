package lab.grader.katas.keysetpagination;

import static lab.grader.katas.keysetpagination.FeedAnswers.ENDPOINT;
import static lab.grader.katas.keysetpagination.FeedAnswers.FIX_PAGE;
import static lab.grader.katas.keysetpagination.FeedAnswers.ids;
import static lab.grader.katas.keysetpagination.KeysetPaginationGrading.BUFFER_ALLOWANCE;
import static lab.grader.katas.keysetpagination.KeysetPaginationGrading.DEEP_OFFSET;
import static lab.grader.katas.keysetpagination.KeysetPaginationGrading.MAX_FACTOR;
import static lab.grader.katas.keysetpagination.KeysetPaginationGrading.PAGE_SIZE;
import static lab.grader.katas.keysetpagination.KeysetPaginationGrading.WALK_LIMIT;
import static lab.grader.katas.keysetpagination.KeysetPaginationGrading.WALK_PAGES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lab.grader.katas.keysetpagination.FeedAnswers.Page;
import lab.grader.katas.keysetpagination.FeedAnswers.Row;
import lab.grader.katas.keysetpagination.FeedAnswers.Walk;
import lab.grader.katas.keysetpagination.KeysetPaginationData.Account;
import lab.grader.kit.ExplainedCall;
import lab.grader.kit.ExplainedCall.ExplainedQuery;
import lab.grader.kit.Measured;
import lab.grader.kit.PlanDescriptions;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Page 501, reached by following cursors, touches at most a few times the shared buffers of page 1: every SELECT
 * of both requests explained with the parameters it ran with.
 */
final class DeepPageCost implements CheckBody<KeysetPaginationData> {

    private static final String FIX_UNEXPLAINABLE = "bind the cursor's values as plain parameters in FeedRepository";

    @Override
    public Verdict run(KataRun kata, KeysetPaginationData data) throws Exception {
        Account deep = data.deep();
        Walk walk = FeedAnswers.walk(kata, deep.id(), WALK_LIMIT, WALK_PAGES, pages -> {}, FIX_PAGE);
        List<Row> expected = FeedAnswers.expected(kata.database(), deep.id(), DEEP_OFFSET + PAGE_SIZE);
        if (walk.reachedEnd()
                || walk.items().size() != DEEP_OFFSET
                || !ids(walk.items()).equals(ids(expected.subList(0, DEEP_OFFSET)))) {
            throw Feedback.check("Following " + WALK_PAGES + " cursors of " + ENDPOINT + "?limit=" + WALK_LIMIT
                            + " for account " + deep.id() + " (" + deep.activities() + " activities) should show its "
                            + DEEP_OFFSET + " newest activities in feed order.")
                    .expected(DEEP_OFFSET + " items, and a \"next\" cursor on every page")
                    .actual(walk.items().size() + " items on " + walk.pages() + " pages"
                            + (walk.reachedEnd() ? ", the last one without a cursor" : "")
                            + FeedDifference.difference(walk.items(), expected.subList(0, DEEP_OFFSET), WALK_LIMIT)
                                    .map(d -> "; " + d)
                                    .orElse(""))
                    .cause("the cursor does not lead to the page after the last row shown; feed-in-order (task 1)"
                            + " walks a shorter feed and says more")
                    .next("make the next page start right after the last row shown, in FeedController and"
                            + " FeedRepository.page")
                    .hint(2)
                    .failure();
        }
        String firstRequest = "GET " + FeedAnswers.path(deep.id(), Integer.toString(PAGE_SIZE), null);
        Measured<Page> first =
                Measured.around(kata, () -> FeedAnswers.page(kata, deep.id(), PAGE_SIZE, null, FIX_PAGE));
        String cursor = walk.next();
        String deepRequest = "GET " + FeedAnswers.path(deep.id(), Integer.toString(PAGE_SIZE), cursor);
        Measured<Page> deepPage =
                Measured.around(kata, () -> FeedAnswers.page(kata, deep.id(), PAGE_SIZE, cursor, FIX_PAGE));
        List<Long> wanted = ids(expected.subList(DEEP_OFFSET, DEEP_OFFSET + PAGE_SIZE));
        List<Long> wantedFirst = ids(expected.subList(0, PAGE_SIZE));
        if (!ids(deepPage.value().items()).equals(wanted)
                || !ids(first.value().items()).equals(wantedFirst)) {
            throw Feedback.check("Page 1 and page " + (DEEP_OFFSET / PAGE_SIZE + 1) + " of " + ENDPOINT + "?limit="
                            + PAGE_SIZE + " for account " + deep.id() + " should hold the right activities.")
                    .expected("page 1: " + wantedFirst + "\ndeep page: " + wanted)
                    .actual("page 1: " + ids(first.value().items()) + "\ndeep page: "
                            + ids(deepPage.value().items()))
                    .cause("a cursor made with one limit does not continue right with another")
                    .next("the cursor should say where the next page starts, not how long pages are: FeedCursor")
                    .hint(2)
                    .failure();
        }
        ExplainedCall firstCost = ExplainedCall.explain(kata, firstRequest, first.sql(), false, FIX_UNEXPLAINABLE);
        ExplainedCall deepCost = ExplainedCall.explain(kata, deepRequest, deepPage.sql(), false, FIX_UNEXPLAINABLE);
        long allowed = MAX_FACTOR * firstCost.sharedBuffersInAll() + BUFFER_ALLOWANCE;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("buffersPage1", firstCost.sharedBuffersInAll());
        metrics.put("buffersDeepPage", deepCost.sharedBuffersInAll());
        metrics.put("buffersAllowed", allowed);
        metrics.put("deepPageStartsAtRow", DEEP_OFFSET);
        metrics.put("statementsPerPage", deepPage.sql().statements());
        metrics.put("rowsReadDeepPage", deepPage.sql().rowsRead());
        if (deepCost.sharedBuffersInAll() > allowed) {
            // The deep page costs more than the allowance, so it ran at least one SELECT.
            ExplainedQuery costliest = deepCost.costliest().orElseThrow();
            throw Feedback.check("Page " + (DEEP_OFFSET / PAGE_SIZE + 1) + " of " + ENDPOINT + "?limit=" + PAGE_SIZE
                            + " (rows " + DEEP_OFFSET + " to " + (DEEP_OFFSET + PAGE_SIZE - 1) + " of account "
                            + deep.id() + ", reached by following cursors) should cost about what page 1 costs.")
                    .expected("at most " + MAX_FACTOR + " x " + firstCost.sharedBuffersInAll() + " + "
                            + BUFFER_ALLOWANCE + " = " + allowed + " shared buffers (hit + read) for the statements"
                            + " of the deep page")
                    .actual(deepCost.sharedBuffersInAll() + " buffers for the deep page, "
                            + firstCost.sharedBuffersInAll() + " for page 1."
                            + "\nCostliest statement of the deep page (" + costliest.sharedBuffersInAll()
                            + " buffers, parameters " + costliest.statement().parameters() + "):\n  "
                            + Text.quote(costliest.sql(), 400)
                            + "\nPlan: " + PlanDescriptions.oneLine(costliest.plan()))
                    .cause(
                            costliest.sql().toLowerCase(Locale.ROOT).contains("offset")
                                    ? "OFFSET: PostgreSQL reads and throws away every row before the page, so page n costs"
                                            + " n times page 1"
                                    : "the condition that starts the page is not an index condition: PostgreSQL reads the"
                                            + " feed from the newest row and filters out every row before the cursor")
                    .next("remember the last row shown (created_at, id) in the cursor and ask for "
                            + "`where account_id = ? and (created_at, id) < (?, ?) order by created_at desc, id desc"
                            + " limit ?` in FeedRepository.page")
                    .hint(3)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
