package lab.apiratelimiting;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The limiter: one token bucket per API key in Redis, taken in one script ({@code ratelimit/token-bucket.lua}), so
 * both instances share it and no two requests can take the same token. Spring sends the script by its SHA
 * ({@code EVALSHA}) and loads it once when Redis does not know it yet.
 */
@Component
class TokenBucket {

    private static final RedisScript<List> SCRIPT =
            RedisScript.of(new ClassPathResource("ratelimit/token-bucket.lua"), List.class);

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

    /** Take a token for the key; empty when there was one, else how long until there is. */
    Duration take(String apiKey) {
        List<?> result = redis.execute(
                SCRIPT, List.of("ratelimit:" + apiKey), String.valueOf(capacity), String.valueOf(periodMillis));
        long allowed = ((Number) result.get(0)).longValue();
        return allowed == 1 ? Duration.ZERO : Duration.ofMillis(((Number) result.get(1)).longValue());
    }
}
