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
 * A category's prices, from Redis when they are there, from the pricing service when they are not, loaded by one
 * request at a time across both instances.
 *
 * <p>On a miss, a request takes a lease in Redis ({@code SET prices:{id}:lease <token> NX PX ...}) and loads; the
 * others wait for the value to appear. The lease expires on its own, so a process that dies while loading holds
 * nobody up for long, and it is given back with a compare-and-delete, so a load that outlived its lease never
 * deletes the next holder's. A failed load is remembered for a moment, so the waiting requests fail fast together
 * instead of each calling the pricing service in turn.
 */
@Service
class PriceCache {

    // Delete the lease only if it is still ours: one round trip, atomic in Redis.
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);
    private static final Duration WAIT_STEP = Duration.ofMillis(20);

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

    CategoryPrices find(long categoryId) {
        Keys keys = new Keys(categoryId);
        long deadline = System.nanoTime() + leaseTtl.toNanos();
        while (true) {
            // The value and a recent failure in one round trip.
            List<String> found = redis.opsForValue().multiGet(List.of(keys.value(), keys.failure()));
            if (found.get(0) != null) {
                return json.readValue(found.get(0), CategoryPrices.class);
            }
            if (found.get(1) != null) {
                throw new PricingUnavailableException(found.get(1), failureMemo);
            }
            String token = UUID.randomUUID().toString();
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keys.lease(), token, leaseTtl))) {
                try {
                    return loadUnlessJustLoaded(categoryId, keys);
                } finally {
                    redis.execute(RELEASE, List.of(keys.lease()), token);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new PricingUnavailableException(
                        "waited " + leaseTtl.toSeconds() + " s for another request to load category " + categoryId,
                        failureMemo);
            }
            sleep();
        }
    }

    // The previous holder may have stored the value and given the lease back between our look and our lease.
    private CategoryPrices loadUnlessJustLoaded(long categoryId, Keys keys) {
        String cached = redis.opsForValue().get(keys.value());
        if (cached != null) {
            return json.readValue(cached, CategoryPrices.class);
        }
        try {
            CategoryPrices prices = pricing.fetch(categoryId);
            redis.opsForValue().set(keys.value(), json.writeValueAsString(prices), ttl);
            return prices;
        } catch (PricingUnavailableException e) {
            redis.opsForValue().set(keys.failure(), e.getMessage(), failureMemo);
            throw e;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(WAIT_STEP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PricingUnavailableException("interrupted while waiting for prices", Duration.ofSeconds(1), e);
        }
    }

    private record Keys(String value, String lease, String failure) {

        Keys(long categoryId) {
            this("prices:" + categoryId, "prices:" + categoryId + ":lease", "prices:" + categoryId + ":failure");
        }
    }
}
