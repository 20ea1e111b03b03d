package lab.grader.katas.keysetpagination;

import static lab.grader.katas.keysetpagination.FeedAnswers.ENDPOINT;
import static lab.grader.katas.keysetpagination.FeedAnswers.FIX_PAGE;
import static lab.grader.katas.keysetpagination.FeedAnswers.ids;
import static lab.grader.katas.keysetpagination.KeysetPaginationGrading.PAGE_SIZE;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import lab.grader.katas.keysetpagination.FeedAnswers.Page;
import lab.grader.katas.keysetpagination.FeedAnswers.Row;
import lab.grader.katas.keysetpagination.FeedAnswers.Walk;
import lab.grader.katas.keysetpagination.KeysetPaginationData.Account;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * An empty feed is one empty last page, the default limit is 20, a feed full of ties walked end to end shows every
 * activity once in feed order, the same cursor gives the same page, and another feed's first pages match the rows.
 */
final class FeedInOrder implements CheckBody<KeysetPaginationData> {

    @Override
    public Verdict run(KataRun kata, KeysetPaginationData data) throws Exception {
        RandomGenerator random = kata.random();
        Page empty = FeedAnswers.page(kata, data.emptyAccountId(), null, null, FIX_PAGE);
        if (!empty.items().isEmpty() || !empty.last()) {
            throw Feedback.check(ENDPOINT + " for an account without activities should be one empty, last page.")
                    .expected("{\"items\": [], \"next\": null}")
                    .actual(empty.items().size() + " items, next " + empty.next())
                    .cause("the last page is not recognised when the feed is empty")
                    .next("answer an empty page with \"next\": null in FeedController")
                    .failure();
        }
        Account other = data.others().get(random.nextInt(data.others().size()));
        Page defaultPage = FeedAnswers.page(kata, other.id(), null, null, FIX_PAGE);
        if (defaultPage.items().size() != PAGE_SIZE || defaultPage.last()) {
            throw Feedback.check(ENDPOINT + " without a limit should return the " + PAGE_SIZE + " newest activities of"
                            + " account " + other.id() + " (" + other.activities() + " activities) and a cursor.")
                    .expected(PAGE_SIZE + " items and a \"next\" cursor")
                    .actual(defaultPage.items().size() + " items, next " + defaultPage.next())
                    .cause("the default limit is not " + PAGE_SIZE + ", or the next cursor is missing")
                    .next("default the limit to " + PAGE_SIZE + " in FeedController")
                    .failure();
        }

        Account ties = data.ties();
        int limit = 10 + random.nextInt(24);
        List<Row> expected = FeedAnswers.expected(kata.database(), ties.id(), Integer.MAX_VALUE);
        Walk walk = FeedAnswers.walk(kata, ties.id(), limit, expected.size() / limit + 5, pages -> {}, FIX_PAGE);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("activitiesInFeed", expected.size());
        metrics.put("activitiesSharingTheirTimestamp", FeedDifference.tied(expected));
        metrics.put("pageSize", limit);
        metrics.put("pagesWalked", walk.pages());
        metrics.put("itemsSeen", walk.items().size());
        Optional<String> difference = FeedDifference.difference(walk.items(), expected, limit);
        if (difference.isPresent() || !walk.reachedEnd()) {
            boolean skipped = skipped(walk.items(), expected) > 0;
            throw Feedback.check("Following the cursors of " + ENDPOINT + "?limit=" + limit + " from the first page"
                            + " to the last should show each of account " + ties.id() + "'s " + expected.size()
                            + " activities exactly once, newest first; activities created at the same instant go"
                            + " higher id first.")
                    .expected("the feed ordered by createdAt descending, then id descending, and \"next\": null on"
                            + " the last page (after about " + (expected.size() / limit + 1) + " pages)")
                    .actual(difference.orElse("no page with \"next\": null after " + walk.pages() + " pages")
                            + "\n(" + FeedDifference.tied(expected) + " of the " + expected.size()
                            + " activities share their createdAt with another; seed " + kata.seed() + ")")
                    .cause(
                            skipped
                                    ? "the cursor holds created_at without the id, so the rows that share the last row's"
                                            + " timestamp are cut off (or created_at lost its microseconds on the way)"
                                    : "an ORDER BY without the id tie-break, or a cursor condition that does not match it")
                    .next("order by created_at desc, id desc in FeedRepository, and continue after (created_at, id)"
                            + " of the last row shown, to the microsecond")
                    .hint(skipped ? 2 : 1)
                    .failure(metrics);
        }

        Page second = FeedAnswers.page(kata, ties.id(), limit, firstCursor(kata, ties.id(), limit), FIX_PAGE);
        Page again = FeedAnswers.page(kata, ties.id(), limit, firstCursor(kata, ties.id(), limit), FIX_PAGE);
        if (!ids(second.items()).equals(ids(again.items()))) {
            throw Feedback.check("Asking twice for page 2 of account " + ties.id() + " with the same cursor should"
                            + " give the same page.")
                    .expected(ids(second.items()).toString())
                    .actual(ids(again.items()).toString())
                    .cause("an order that is not total: rows that tie on every ORDER BY column come back in any"
                            + " order")
                    .next("add the id as the last ORDER BY column in FeedRepository")
                    .hint(1)
                    .failure(metrics);
        }
        Account spot = data.others().get(random.nextInt(data.others().size()));
        int spotLimit = 5 + random.nextInt(46);
        Walk spotWalk = FeedAnswers.walk(kata, spot.id(), spotLimit, 3, pages -> {}, FIX_PAGE);
        List<Row> spotExpected = FeedAnswers.expected(
                kata.database(), spot.id(), spotWalk.items().size());
        Optional<String> spotDifference = spotWalk.items().size() == Math.min(3 * spotLimit, spot.activities())
                ? FeedDifference.difference(spotWalk.items(), spotExpected, spotLimit)
                : Optional.of(spotWalk.items().size() + " items on " + spotWalk.pages() + " pages");
        if (spotDifference.isPresent()) {
            throw Feedback.check("The first 3 pages of " + ENDPOINT + "?limit=" + spotLimit + " for account "
                            + spot.id() + " should hold its " + (3 * spotLimit) + " newest activities as the database"
                            + " holds them.")
                    .expected("ids, createdAt (to the microsecond), kind and summary as in the activity table")
                    .actual(spotDifference.get())
                    .cause("a column mapped from the wrong place, or a limit applied to something else")
                    .next("map each column of the activity table to its field in FeedRepository")
                    .hint(3)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    private static long skipped(List<Row> seen, List<Row> expected) {
        Set<Long> shown = new HashSet<>(ids(seen));
        return expected.stream().filter(row -> !shown.contains(row.id())).count();
    }

    private static String firstCursor(KataRun kata, long accountId, int limit) throws Exception {
        return FeedAnswers.page(kata, accountId, limit, null, FIX_PAGE).next();
    }
}
