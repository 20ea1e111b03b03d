package lab.cacheaside;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known-bad: an update writes the new product back to Redis with a plain SET and no expiry, so every
 * updated product stays in Redis for ever (a read only ever writes keys with a TTL). Must fail ttl-bounded.
 */
@Service
class ProductCatalog {

    private final ProductRepository products;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration ttl;

    ProductCatalog(
            ProductRepository products,
            StringRedisTemplate redis,
            JsonMapper json,
            @Value("${catalog.cache.ttl:5m}") Duration ttl) {
        this.products = products;
        this.redis = redis;
        this.json = json;
        this.ttl = ttl;
    }

    Product find(long id) {
        String key = key(id);
        // One GET per read and nothing else: no EXISTS first (a second round trip that can race with an
        // expiry anyway) and no EXPIRE on a hit: a hot product would then never expire, and a lost
        // invalidation would never heal.
        String cached = redis.opsForValue().get(key);
        if (cached != null) {
            Product product = fromJson(cached);
            if (product != null) {
                return product;
            }
        }
        // Unknown ids are not cached: a 404 is cheap to recompute, and caching it would let anyone fill
        // Redis with keys for ids that do not exist.
        Product product = products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
        // The TTL bounds how long a copy can be wrong if an invalidation is ever lost (a crash between the
        // database write and the DEL, a row changed by hand in psql) and lets cold products leave Redis.
        redis.opsForValue().set(key, json.writeValueAsString(product), ttl);
        return product;
    }

    Product update(long id, ProductUpdate update) {
        Product updated = products.update(id, update).orElseThrow(() -> new ProductNotFoundException(id));
        // The mistake: write-through without the TTL.
        redis.opsForValue().set(key(id), json.writeValueAsString(updated));
        return updated;
    }

    private static String key(long id) {
        return "product:" + id;
    }

    // An entry this version cannot read (written by an older release, say) is treated as a miss and
    // overwritten, rather than failing every read of that product until the TTL runs out.
    private Product fromJson(String cached) {
        try {
            return json.readValue(cached, Product.class);
        } catch (JacksonException unreadable) {
            return null;
        }
    }
}
