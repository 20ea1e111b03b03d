package lab.keysetpagination;

import java.util.List;

/**
 * One page of a feed.
 *
 * @param next the cursor that asks for the page after this one, or null on the last page
 */
record FeedPage(List<Activity> items, String next) {}
