package lab.grader.katas.keysetpagination;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import tools.jackson.databind.JsonNode;

/** Ask the kata for feed pages, read them strictly, and compare them with the feed as the database orders it. */
final class FeedAnswers {

    static final String ENDPOINT = "GET /accounts/{id}/feed";
    /** Where to fix a page request that does not answer 200 with a page. */
    static final String FIX_PAGE = "answer 200 with a FeedPage in FeedController";

    static final String SHAPE = "{\"items\": [{\"id\": 1, \"createdAt\": \"2026-06-01T12:00:00.123456Z\","
            + " \"kind\": \"LIKE\", \"summary\": \"...\"}], \"next\": \"<cursor>\" or null}";

    private FeedAnswers() {}

    /** One activity, as the feed shows it and as the database holds it. */
    record Row(long id, Instant createdAt, String kind, String summary) {

        String describe() {
            return "id " + id + " (createdAt " + createdAt + ")";
        }
    }

    /** One page as the kata answered it. */
    record Page(List<Row> items, String next) {

        boolean last() {
            return next == null;
        }
    }

    /**
     * The pages of one walk through a feed, following each page's cursor, and the items in the order seen.
     *
     * @param next the last page's cursor, null when the walk reached the end of the feed
     */
    record Walk(List<Row> items, int pages, String next) {

        boolean reachedEnd() {
            return next == null;
        }
    }

    /** Something to do between two page requests of a walk, e.g. insert rows. */
    @FunctionalInterface
    interface BetweenPages {
        void run(int pagesSoFar) throws Exception;
    }

    static Response request(KataRun kata, long accountId, String limit, String cursor) {
        RequestSpecification request = kata.instance(0).http();
        if (limit != null) {
            request = request.queryParam("limit", limit);
        }
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.get("/accounts/" + accountId + "/feed");
    }

    static String path(long accountId, String limit, String cursor) {
        StringBuilder path = new StringBuilder("/accounts/").append(accountId).append("/feed");
        String separator = "?";
        if (limit != null) {
            path.append(separator).append("limit=").append(limit);
            separator = "&";
        }
        if (cursor != null) {
            path.append(separator)
                    .append("cursor=")
                    .append(cursor.length() <= 60 ? cursor : cursor.substring(0, 57) + "...");
        }
        return path.toString();
    }

    /** Ask for one page, which must be a 200 in the shape of {@link #SHAPE}. */
    static Page page(KataRun kata, long accountId, Integer limit, String cursor, String next) throws CheckFailure {
        String limitText = limit == null ? null : limit.toString();
        String request = "GET " + path(accountId, limitText, cursor);
        JsonNode body = HttpAnswers.json(request(kata, accountId, limitText, cursor), 200, request, next);
        return parse(body, request, next);
    }

    private static Page parse(JsonNode body, String request, String next) throws CheckFailure {
        JsonNode items = body.path("items");
        JsonNode cursor = body.path("next");
        if (!body.isObject() || !items.isArray() || !(cursor.isMissingNode() || cursor.isNull() || cursor.isString())) {
            throw shape(request, body, "an object with an \"items\" array and a \"next\" string or null", next);
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode item : items) {
            try {
                if (!item.path("id").isIntegralNumber()) {
                    throw shape(request, body, "every item has a numeric \"id\"", next);
                }
                rows.add(new Row(
                        item.path("id").asLong(),
                        Instant.parse(item.path("createdAt").asString("")),
                        item.path("kind").asString(null),
                        item.path("summary").asString(null)));
            } catch (DateTimeParseException e) {
                throw shape(
                        request,
                        body,
                        "every item has a \"createdAt\" ISO-8601 instant such as" + " 2026-06-01T12:00:00.123456Z",
                        next);
            }
        }
        return new Page(rows, cursor.isString() ? cursor.asString() : null);
    }

    private static CheckFailure shape(String request, JsonNode body, String what, String next) {
        return Feedback.check(request + " should answer with a page of the feed: " + what + ".")
                .expected(SHAPE)
                .actual(Text.quote(body.toString()))
                .cause("the controller returns another shape than FeedPage, or items without their fields")
                .next(next)
                .failure();
    }

    /**
     * Follow the cursors from the first page: at most {@code maxPages} pages of {@code limit}, running
     * {@code between} before every request after the first.
     */
    static Walk walk(KataRun kata, long accountId, int limit, int maxPages, BetweenPages between, String next)
            throws Exception {
        List<Row> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        while (pages < maxPages) {
            if (pages > 0) {
                between.run(pages);
            }
            Page page = page(kata, accountId, limit, cursor, next);
            pages++;
            if (page.items().size() > limit) {
                throw Feedback.check("GET " + path(accountId, Integer.toString(limit), cursor) + " should show at most "
                                + limit + " activities.")
                        .expected("at most " + limit + " items")
                        .actual(page.items().size() + " items on page " + pages)
                        .cause("the limit is not applied to the page")
                        .next(next)
                        .failure();
            }
            items.addAll(page.items());
            cursor = page.next();
            if (page.last()) {
                break;
            }
        }
        return new Walk(items, pages, cursor);
    }

    static List<Long> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }

    /** Return the account's feed as the database orders it: created_at, then id, both newest first. */
    static List<Row> expected(Connection database, long accountId, int rows) throws SQLException {
        try (PreparedStatement select = database.prepareStatement("""
                select id, created_at, kind, summary from activity where account_id = ?
                order by created_at desc, id desc limit ?""")) {
            select.setLong(1, accountId);
            select.setInt(2, rows);
            List<Row> feed = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    feed.add(new Row(
                            result.getLong(1),
                            result.getObject(2, OffsetDateTime.class).toInstant(),
                            result.getString(3),
                            result.getString(4)));
                }
            }
            return feed;
        }
    }
}
