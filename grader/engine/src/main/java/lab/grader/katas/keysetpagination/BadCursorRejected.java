package lab.grader.katas.keysetpagination;

import static lab.grader.katas.keysetpagination.FeedAnswers.ENDPOINT;
import static lab.grader.katas.keysetpagination.FeedAnswers.ids;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lab.grader.katas.keysetpagination.BadCursors.BadCursor;
import lab.grader.katas.keysetpagination.FeedAnswers.Page;
import lab.grader.katas.keysetpagination.FeedAnswers.Row;
import lab.grader.katas.keysetpagination.KeysetPaginationData.Account;
import lab.grader.kit.ProblemDetails;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * The cursor is opaque, and a cursor the service did not issue for this feed gets a 400 problem detail about the
 * cursor: broken, made up, forged from a real one, or taken from another account's feed. Bad limits get a 400 and
 * an unknown account a 404.
 */
final class BadCursorRejected implements CheckBody<KeysetPaginationData> {

    private static final int LIMIT = 5;
    private static final String FIX_INPUT = "validate the input in FeedController and answer 4xx with a ProblemDetail";

    @Override
    public Verdict run(KataRun kata, KeysetPaginationData data) throws Exception {
        RandomGenerator random = kata.random();
        Account account = data.others().get(random.nextInt(data.others().size()));
        Page first = FeedAnswers.page(kata, account.id(), LIMIT, null, FeedAnswers.FIX_PAGE);
        String cursor = first.next();
        if (cursor == null || cursor.isBlank()) {
            throw Feedback.check(ENDPOINT + "?limit=" + LIMIT + " for account " + account.id() + " ("
                            + account.activities() + " activities) should give a cursor to the next page.")
                    .expected("\"next\": a non-empty string")
                    .actual("\"next\": " + cursor)
                    .cause("the next cursor is left out")
                    .next("return the cursor of the page after this one in FeedController")
                    .failure();
        }
        requireOpaque(cursor, first.items().getLast());
        Page second = FeedAnswers.page(kata, account.id(), LIMIT, cursor, FeedAnswers.FIX_PAGE);
        List<Long> wanted = ids(FeedAnswers.expected(kata.database(), account.id(), 2 * LIMIT))
                .subList(LIMIT, 2 * LIMIT);
        if (!ids(second.items()).equals(wanted)) {
            throw Feedback.check("The cursor of page 1 should lead to page 2 of account " + account.id() + ".")
                    .expected(wanted.toString())
                    .actual(ids(second.items()).toString())
                    .cause("the cursor does not continue after the last row of page 1")
                    .next("decode the cursor to the position it was made from, in CursorCodec")
                    .failure();
        }

        Account other = data.others().stream()
                .filter(candidate -> candidate.id() != account.id())
                .findFirst()
                .orElse(data.ties());
        String foreign = FeedAnswers.page(kata, other.id(), LIMIT, null, FeedAnswers.FIX_PAGE)
                .next();
        List<BadCursor> bad = BadCursors.from(cursor, foreign, other.id(), random);
        ProblemDetails rule = ProblemDetails.expect(400).mentioning("cursor");
        List<String> answers = new ArrayList<>();
        int rejected = 0;
        boolean serverError = false;
        boolean brokenAccepted = false;
        boolean forgedAccepted = false;
        boolean foreignAccepted = false;
        for (BadCursor attempt : bad) {
            Response response = FeedAnswers.request(kata, account.id(), Integer.toString(LIMIT), attempt.cursor());
            Optional<String> problem = rule.problemWith(response);
            if (problem.isEmpty()) {
                rejected++;
            }
            serverError |= response.statusCode() >= 500;
            boolean accepted = response.statusCode() == 200;
            boolean fromOtherFeed = attempt.cursor().equals(foreign);
            brokenAccepted |= accepted && !attempt.wellFormed();
            forgedAccepted |= accepted && attempt.wellFormed() && !fromOtherFeed;
            foreignAccepted |= accepted && fromOtherFeed;
            answers.add(attempt.what() + " (" + Text.quote(attempt.cursor(), 80) + "): "
                    + problem.orElse("400 problem detail"));
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("badCursorsTried", bad.size());
        metrics.put("badCursorsRejected", rejected);
        metrics.put(
                "forgedCursorsTried", bad.stream().filter(BadCursor::wellFormed).count());
        if (rejected < bad.size()) {
            List<String> causes = new ArrayList<>();
            if (serverError) {
                causes.add("the cursor is decoded without checks: a decoding or parsing exception escapes the"
                        + " controller as a 500");
            }
            if (brokenAccepted || forgedAccepted) {
                causes.add("the cursor is not tamper-evident: a cursor the client changed or made up, well-formed,"
                        + " still decodes to some position; strict parsing cannot tell it from one the service issued");
            }
            if (foreignAccepted) {
                causes.add("the cursor is not bound to its feed: account " + other.id() + "'s cursor continues"
                        + " account " + account.id() + "'s feed, so the signature must cover the account id too");
            }
            if (causes.isEmpty()) {
                causes.add("the cursor is rejected, but not with a 400 problem detail whose detail names the cursor");
            }
            throw Feedback.check(ENDPOINT + "?limit=" + LIMIT + "&cursor=... for account " + account.id() + " should"
                            + " answer 400 with a problem detail about the cursor when the cursor is not one the"
                            + " service issued for this feed (from the valid cursor " + cursor + ").")
                    .expected(rule.describe() + ", for each of " + bad.size() + " bad cursors")
                    .actual(String.join("\n", answers))
                    .cause(String.join("\n", causes))
                    .next("sign the position and the account id (HMAC) in CursorCodec, and turn every decoding"
                            + " problem into an InvalidCursorException")
                    .hint(serverError && !(brokenAccepted || forgedAccepted || foreignAccepted) ? 2 : 3)
                    .kataServerError(serverError)
                    .failure(metrics);
        }
        String feed = "/accounts/" + account.id() + "/feed";
        for (String badLimit : List.of("0", "101", "abc")) {
            ProblemDetails.expect(400)
                    .check(
                            FeedAnswers.request(kata, account.id(), badLimit, null),
                            "GET " + feed + "?limit=" + badLimit,
                            "limit=" + badLimit + " is outside 1 to 100",
                            FIX_INPUT);
        }
        ProblemDetails.expect(404)
                .check(
                        FeedAnswers.request(kata, data.unknownAccountId(), null, null),
                        "GET /accounts/" + data.unknownAccountId() + "/feed",
                        "no account has that id",
                        FIX_INPUT);
        return Verdict.pass(metrics);
    }

    /** Fail when the cursor shows the position in plain text: a number, or the last item's id or createdAt. */
    private static void requireOpaque(String cursor, Row last) throws CheckFailure {
        List<String> exposed = new ArrayList<>();
        if (cursor.matches("-?\\d+")) {
            exposed.add("it is a plain number");
        }
        if (cursor.contains(Long.toString(last.id()))) {
            exposed.add("it shows the last item's id " + last.id());
        }
        if (cursor.contains(last.createdAt().toString())
                || cursor.contains(Long.toString(last.createdAt().getEpochSecond()))) {
            exposed.add("it shows the last item's createdAt " + last.createdAt());
        }
        if (!exposed.isEmpty()) {
            throw Feedback.check("The \"next\" cursor of " + ENDPOINT + " should be opaque: a token the client sends"
                            + " back, not a position it can read or build itself.")
                    .expected("an encoded token, e.g. base64url of the position and a signature")
                    .actual("\"" + cursor + "\": " + String.join("; ", exposed))
                    .cause("the cursor is the position in plain text")
                    .next("encode it in CursorCodec")
                    .hint(1)
                    .failure();
        }
    }
}
