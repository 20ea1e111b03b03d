package lab.keysetpagination;

import java.util.List;

/**
 * Where the next page of a feed starts: the position a client holds between two requests, inside the opaque
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
