package lab.cacheaside;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known-bad: reads are cached in Redis and updates evict, but entries are stored without an expiry, so
 * a lost invalidation is never repaired and cold products stay in Redis for ever. Must fail ttl-bounded.
 */
@Service
class ProductCatalog {

    private final ProductRepository products;
    private final StringRedisTemplate redis;
    private final JsonMapper json;

    ProductCatalog(ProductRepository products, StringRedisTemplate redis, JsonMapper json) {
        this.products = products;
        this.redis = redis;
        this.json = json;
    }

    Product find(long id) {
        String key = "product:" + id;
        String cached = redis.opsForValue().get(key);
        if (cached != null) {
            return json.readValue(cached, Product.class);
        }
        Product product = products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
        // The mistake: a plain SET, no EX.
        redis.opsForValue().set(key, json.writeValueAsString(product));
        return product;
    }

    Product update(long id, ProductUpdate update) {
        Product updated = products.update(id, update).orElseThrow(() -> new ProductNotFoundException(id));
        redis.delete("product:" + id);
        return updated;
    }
}
