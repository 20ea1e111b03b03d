package lab.cacheaside;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Correct, written differently: Spring's cache abstraction instead of calls to Redis. {@code @Cacheable} reads
 * through the {@code products} cache (a RedisCacheManager with a TTL, see CacheConfiguration), {@code @CacheEvict}
 * drops the entry after the update has been written. Must score full marks.
 */
@Service
class ProductCatalog {

    private final ProductRepository products;

    ProductCatalog(ProductRepository products) {
        this.products = products;
    }

    @Cacheable(cacheNames = CacheConfiguration.PRODUCTS, key = "#id")
    public Product find(long id) {
        return products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
    }

    // After the method (the default): evicting before it would let a read in between cache the old row.
    @CacheEvict(cacheNames = CacheConfiguration.PRODUCTS, key = "#id")
    public Product update(long id, ProductUpdate update) {
        return products.update(id, update).orElseThrow(() -> new ProductNotFoundException(id));
    }
}
