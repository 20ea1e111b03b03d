package lab.cachestampede;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correct variant: a soft TTL. Each entry carries the time after which it should be refreshed, before Redis expires
 * it; the request that gets the lock refreshes it while every other request is served the entry it has. A real miss
 * waits for the lock holder, as in the reference. Other key names, and a lock released with GET-and-DEL in a script.
 */
@Service
class PriceCache {

    private static final RedisScript<Long> UNLOCK = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final PricingClient pricing;
    private final JsonMapper json;
    private final Duration ttl;
    private final Duration leaseTtl;
    private final Duration failureMemo;

    PriceCache(
            StringRedisTemplate redis,
            PricingClient pricing,
            JsonMapper json,
            @Value("${pricing.cache.ttl}") Duration ttl,
            @Value("${pricing.lease.ttl}") Duration leaseTtl,
            @Value("${pricing.failure.memo}") Duration failureMemo) {
        this.redis = redis;
        this.pricing = pricing;
        this.json = json;
        this.ttl = ttl;
        this.leaseTtl = leaseTtl;
        this.failureMemo = failureMemo;
    }

    record Entry(long refreshAfterMillis, CategoryPrices prices) {}

    CategoryPrices find(long categoryId) {
        String key = "category-prices:" + categoryId;
        String lock = "lock:" + key;
        String failed = "failed:" + key;
        long giveUpAt = System.currentTimeMillis() + leaseTtl.toMillis();
        while (true) {
            String cached = redis.opsForValue().get(key);
            Entry entry = cached == null ? null : json.readValue(cached, Entry.class);
            if (entry != null && entry.refreshAfterMillis() > System.currentTimeMillis()) {
                return entry.prices();
            }
            String token = UUID.randomUUID().toString();
            boolean locked = Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(lock, token, leaseTtl));
            if (locked) {
                try {
                    return refresh(categoryId, key, failed, entry);
                } finally {
                    redis.execute(UNLOCK, List.of(lock), token);
                }
            }
            if (entry != null) {
                return entry.prices();
            }
            String failure = redis.opsForValue().get(failed);
            if (failure != null) {
                throw new PricingUnavailableException(failure, failureMemo);
            }
            if (System.currentTimeMillis() > giveUpAt) {
                throw new PricingUnavailableException("prices of category " + categoryId + " are loading", failureMemo);
            }
            pause();
        }
    }

    private CategoryPrices refresh(long categoryId, String key, String failed, Entry stale) {
        String now = redis.opsForValue().get(key);
        if (now != null) {
            Entry entry = json.readValue(now, Entry.class);
            if (entry.refreshAfterMillis() > System.currentTimeMillis()) {
                return entry.prices();
            }
        }
        try {
            CategoryPrices prices = pricing.fetch(categoryId);
            long refreshAfter = System.currentTimeMillis() + ttl.toMillis() * 4 / 5;
            redis.opsForValue().set(key, json.writeValueAsString(new Entry(refreshAfter, prices)), ttl);
            return prices;
        } catch (PricingUnavailableException e) {
            if (stale != null) {
                return stale.prices();
            }
            redis.opsForValue().set(failed, e.getMessage(), failureMemo);
            throw e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PricingUnavailableException("interrupted", Duration.ofSeconds(1), e);
        }
    }
}
