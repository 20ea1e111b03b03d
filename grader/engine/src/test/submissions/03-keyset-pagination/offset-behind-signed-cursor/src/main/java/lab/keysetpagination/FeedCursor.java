package lab.keysetpagination;

import java.util.List;

/**
 * Known-bad: the cursor is signed and opaque, but what it holds is still an offset, so every page is an OFFSET
 * query that reads and throws away all the rows before it. Must fail deep-page-cost.
 *
 * <p>Where the next page of a feed starts: the position a client holds between two requests, inside the opaque
 * string that {@link CursorCodec} makes of it.
 *
 * @param offset how many activities the pages before this one showed
 */
record FeedCursor(long offset) {

    /** Return the cursor of the page after {@code page}, which started at {@code from} (null: the first page). */
    static FeedCursor after(FeedCursor from, List<Activity> page) {
        return new FeedCursor((from == null ? 0 : from.offset()) + page.size());
    }
}
