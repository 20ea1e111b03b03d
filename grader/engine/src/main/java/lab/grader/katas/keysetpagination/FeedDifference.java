package lab.grader.katas.keysetpagination;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lab.grader.katas.keysetpagination.FeedAnswers.Row;

/** Compare the rows a walk through a feed showed with the feed as the database orders it. */
final class FeedDifference {

    private FeedDifference() {}

    /**
     * Name the first place where a walk differs from the expected feed: rows skipped or repeated first, as they are
     * what a client notices, then the first row out of place or with other content.
     */
    static Optional<String> difference(List<Row> actual, List<Row> expected, int limit) {
        Set<Long> expectedIds = new HashSet<>();
        expected.forEach(row -> expectedIds.add(row.id()));
        Map<Long, Integer> seen = new LinkedHashMap<>();
        actual.forEach(row -> seen.merge(row.id(), 1, Integer::sum));
        List<Row> skipped =
                expected.stream().filter(row -> !seen.containsKey(row.id())).toList();
        List<Long> repeated = seen.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        List<Long> foreign =
                seen.keySet().stream().filter(id -> !expectedIds.contains(id)).toList();
        Map<Instant, Integer> sharing = new HashMap<>();
        expected.forEach(row -> sharing.merge(row.createdAt(), 1, Integer::sum));
        if (!skipped.isEmpty() || !repeated.isEmpty() || !foreign.isEmpty()) {
            StringBuilder text = new StringBuilder(actual.size() + " items for " + expected.size() + " activities: "
                    + skipped.size() + " skipped, " + repeated.size() + " repeated, " + foreign.size()
                    + " unexpected.");
            if (!skipped.isEmpty()) {
                Row first = skipped.getFirst();
                int position = expected.indexOf(first);
                text.append("\nFirst skipped: ")
                        .append(first.describe())
                        .append(", position ")
                        .append(position)
                        .append(" of the feed, ")
                        .append(tie(sharing, first));
            }
            if (!repeated.isEmpty()) {
                text.append("\nFirst repeated: id ")
                        .append(repeated.getFirst())
                        .append(", shown ")
                        .append(seen.get(repeated.getFirst()))
                        .append(" times");
            }
            if (!foreign.isEmpty()) {
                text.append("\nFirst unexpected: id ").append(foreign.getFirst());
            }
            return Optional.of(text.toString());
        }
        for (int i = 0; i < expected.size(); i++) {
            Row want = expected.get(i);
            Row got = actual.get(i);
            String at = "position " + i + " (page " + (i / limit + 1) + ", item " + (i % limit) + ")";
            if (got.id() != want.id()) {
                return Optional.of(
                        at + " shows " + got.describe() + ", expected " + want.describe() + ", " + tie(sharing, want));
            }
            if (!got.equals(want)) {
                return Optional.of(at + " shows " + got + ", the database holds " + want);
            }
        }
        return Optional.empty();
    }

    private static String tie(Map<Instant, Integer> sharing, Row row) {
        int others = sharing.getOrDefault(row.createdAt(), 1) - 1;
        return others == 0
                ? "the only activity at that instant"
                : "which shares its createdAt with " + others + " other activit" + (others == 1 ? "y" : "ies");
    }

    /** Count the activities that share their timestamp with at least one other. */
    static long tied(List<Row> feed) {
        Map<Instant, Integer> sharing = new HashMap<>();
        feed.forEach(row -> sharing.merge(row.createdAt(), 1, Integer::sum));
        return feed.stream().filter(row -> sharing.get(row.createdAt()) > 1).count();
    }
}
