package lab.grader.katas.cacheaside;

import java.math.BigDecimal;
import java.util.List;

/**
 * The catalogue the grader seeded for the cache-aside kata. Each check takes products of its own from a shuffled
 * queue, so that one check's cached keys never help another.
 */
final class CacheAsideData {

    record Product(long id, String sku, String name, BigDecimal price, int stock) {}

    private final List<Product> products;
    private final long unknownId;
    private int next;

    CacheAsideData(List<Product> products, long unknownId) {
        this.products = products;
        this.unknownId = unknownId;
    }

    synchronized Product fresh() {
        return products.get(next++);
    }

    List<Product> products() {
        return products;
    }

    long unknownId() {
        return unknownId;
    }
}
