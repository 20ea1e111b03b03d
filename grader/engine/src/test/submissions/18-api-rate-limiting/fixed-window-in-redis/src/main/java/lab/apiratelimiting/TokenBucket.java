package lab.apiratelimiting;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Known-bad: a fixed window in Redis, shared and atomic (INCR), but a window of the clock: a burst across its end gets
 * a full window on each side.
 */
@Component
class TokenBucket {

    private final StringRedisTemplate redis;
    private final int capacity;
    private final long periodMillis;

    TokenBucket(
            StringRedisTemplate redis,
            @Value("${ratelimit.capacity}") int capacity,
            @Value("${ratelimit.period}") Duration period) {
        this.redis = redis;
        this.capacity = capacity;
        this.periodMillis = period.toMillis();
    }

    Duration take(String apiKey) {
        long now = System.currentTimeMillis();
        long window = now / periodMillis;
        String key = "ratelimit:" + apiKey + ":" + window;
        Long count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, Duration.ofMillis(periodMillis));
        }
        return count != null && count <= capacity ? Duration.ZERO : Duration.ofMillis((window + 1) * periodMillis - now);
    }
}
