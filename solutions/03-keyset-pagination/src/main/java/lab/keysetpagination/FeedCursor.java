package lab.keysetpagination;

import java.time.Instant;
import java.util.List;

/**
 * Where the next page of a feed starts: the position a client holds between two requests, inside the opaque
 * string that {@link CursorCodec} makes of it. It names the last activity shown, by the two columns that order
 * the feed, so the next page is "everything after this row" however many rows arrived at the top meanwhile.
 *
 * @param createdAt the last shown activity's timestamp, to the microsecond as PostgreSQL stores it
 * @param id the last shown activity's id, which breaks ties between activities created at the same instant
 */
record FeedCursor(Instant createdAt, long id) {

    /** Return the cursor of the page after {@code page}, which started at {@code from} (null: the first page). */
    static FeedCursor after(FeedCursor from, List<Activity> page) {
        Activity last = page.getLast();
        return new FeedCursor(last.createdAt(), last.id());
    }
}
