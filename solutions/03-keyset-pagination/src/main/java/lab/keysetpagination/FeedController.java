package lab.keysetpagination;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class FeedController {

    static final int MIN_LIMIT = 1;
    static final int MAX_LIMIT = 100;
    static final String LIMIT_RULE = "a whole number between " + MIN_LIMIT + " and " + MAX_LIMIT;

    private final FeedRepository feed;
    private final CursorCodec cursors;

    FeedController(FeedRepository feed, CursorCodec cursors) {
        this.feed = feed;
        this.cursors = cursors;
    }

    /**
     * Return one page of the account's feed, newest first. Without a cursor it is the first page; with the
     * {@code next} of a page it is the page after that one.
     */
    @GetMapping("/accounts/{accountId}/feed")
    FeedPage feed(
            @PathVariable long accountId,
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String cursor) {
        // The cap keeps one request from reading a whole feed.
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be " + LIMIT_RULE + ", was " + limit);
        }
        FeedCursor from = cursor == null ? null : cursors.decode(accountId, cursor);
        // Checked apart from the page, because "no such account" (404) and "nothing here yet" (no items) differ.
        if (!feed.accountExists(accountId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "account " + accountId + " does not exist");
        }
        // One row more than the page says whether another page follows, without counting the whole feed.
        List<Activity> rows = feed.page(accountId, from, limit + 1);
        if (rows.size() <= limit) {
            return new FeedPage(rows, null);
        }
        List<Activity> items = List.copyOf(rows.subList(0, limit));
        return new FeedPage(items, cursors.encode(accountId, FeedCursor.after(from, items)));
    }
}
