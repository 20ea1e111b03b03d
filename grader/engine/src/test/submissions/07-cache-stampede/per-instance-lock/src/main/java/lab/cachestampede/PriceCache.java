package lab.cachestampede;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known-bad: single flight inside each JVM only, a synchronized miss path that looks in Redis again. Each instance
 * loads once, so a burst through A and B makes two calls.
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
        synchronized (this) {
            cached = redis.opsForValue().get(key);
            if (cached != null) {
                return json.readValue(cached, CategoryPrices.class);
            }
            CategoryPrices prices = pricing.fetch(categoryId);
            redis.opsForValue().set(key, json.writeValueAsString(prices), ttl);
            return prices;
        }
    }
}
