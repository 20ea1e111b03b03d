package lab.keysetpagination;

import java.time.Instant;

/** One entry of an account's feed, as the feed's JSON shows it. */
record Activity(long id, Instant createdAt, String kind, String summary) {}
