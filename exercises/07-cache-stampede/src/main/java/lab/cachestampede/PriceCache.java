package lab.cachestampede;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * A category's prices, from Redis when they are there, from the pricing service when they are not.
 *
 * <p>Plain cache-aside: correct and fast while the prices are cached. But when a popular category is not in
 * Redis (never loaded yet, or just expired), every request that arrives during the load misses too, and each one
 * calls the pricing service: a stampede. Two instances of this service share one Redis. See the README.
 */
@Service
class PriceCache {

    private final StringRedisTemplate redis;
    private final PricingClient pricing;
    private final JsonMapper json;
    private final Duration ttl;

    PriceCache(
            StringRedisTemplate redis,
            PricingClient pricing,
            JsonMapper json,
            @Value("${pricing.cache.ttl}") Duration ttl) {
        this.redis = redis;
        this.pricing = pricing;
        this.json = json;
        this.ttl = ttl;
    }

    CategoryPrices find(long categoryId) {
        String key = "prices:" + categoryId;
        String cached = redis.opsForValue().get(key);
        if (cached != null) {
            return json.readValue(cached, CategoryPrices.class);
        }
        CategoryPrices prices = pricing.fetch(categoryId);
        redis.opsForValue().set(key, json.writeValueAsString(prices), ttl);
        return prices;
    }
}
