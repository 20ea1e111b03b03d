package lab.grader.katas.cachestampede;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The categories of one run. Each check takes categories of its own, never asked for before, so that one check's
 * cached prices never help another.
 */
final class StampedeData {

    private final long seed;
    private final long unknownId;
    private final Map<Long, Integer> versions = new ConcurrentHashMap<>();
    private long next;

    StampedeData(long seed, long firstId, long unknownId) {
        this.seed = seed;
        this.next = firstId;
        this.unknownId = unknownId;
    }

    synchronized long freshCategory() {
        return next++;
    }

    /** The price list the pricing service gives for the category now, as JSON. */
    String prices(long categoryId) {
        return PriceLists.json(seed, categoryId, versions.getOrDefault(categoryId, 1));
    }

    /** Give the category a new version of its prices, from now on. */
    void publishNewPrices(long categoryId) {
        versions.merge(categoryId, 2, (old, one) -> old + 1);
    }

    /** A category the pricing service answers 404 for. */
    long unknownId() {
        return unknownId;
    }

    static String path(long categoryId) {
        return "/prices/" + categoryId;
    }
}
