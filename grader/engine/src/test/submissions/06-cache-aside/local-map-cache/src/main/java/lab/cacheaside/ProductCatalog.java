package lab.cacheaside;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Known-bad: caches in a map inside each JVM instead of the shared Redis. Each instance warms its own
 * copy (one database load per instance, no Redis traffic), and an update through one instance leaves
 * the other serving the old product. Must fail warm-reads-from-redis and no-stale-read-after-update.
 */
@Service
class ProductCatalog {

    private final ProductRepository products;
    // The mistake: per-instance state behind a load balancer.
    private final Map<Long, Product> cache = new ConcurrentHashMap<>();

    ProductCatalog(ProductRepository products) {
        this.products = products;
    }

    Product find(long id) {
        Product cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        Product product = products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
        cache.put(id, product);
        return product;
    }

    Product update(long id, ProductUpdate update) {
        Product updated = products.update(id, update).orElseThrow(() -> new ProductNotFoundException(id));
        cache.remove(id);
        return updated;
    }
}
