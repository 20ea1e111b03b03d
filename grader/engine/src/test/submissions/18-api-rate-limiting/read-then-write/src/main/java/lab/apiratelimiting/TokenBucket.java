package lab.apiratelimiting;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** Known-bad: the count in Redis, read, then written back: requests that read at the same moment all pass. */
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
        String key = "ratelimit:" + apiKey;
        String value = redis.opsForValue().get(key);
        int used = value == null ? 0 : Integer.parseInt(value);
        if (used >= capacity) {
            return Duration.ofMillis(periodMillis);
        }
        redis.opsForValue().set(key, String.valueOf(used + 1), Duration.ofMillis(periodMillis));
        return Duration.ZERO;
    }
}
