package lab.cacheaside;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known-bad: reads are cached in Redis with a TTL, but an update never touches the cache, so every
 * instance keeps serving the old product until the TTL runs out. Must fail no-stale-read-after-update.
 */
@Service
class ProductCatalog {

    private final ProductRepository products;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration ttl;

    ProductCatalog(ProductRepository products, StringRedisTemplate redis, JsonMapper json,
            @Value("${catalog.cache.ttl:5m}") Duration ttl) {
        this.products = products;
        this.redis = redis;
        this.json = json;
        this.ttl = ttl;
    }

    Product find(long id) {
        String key = "product:" + id;
        String cached = redis.opsForValue().get(key);
        if (cached != null) {
            return json.readValue(cached, Product.class);
        }
        Product product = products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
        redis.opsForValue().set(key, json.writeValueAsString(product), ttl);
        return product;
    }

    // The mistake: "the TTL will take care of it".
    Product update(long id, ProductUpdate update) {
        return products.update(id, update).orElseThrow(() -> new ProductNotFoundException(id));
    }
}
