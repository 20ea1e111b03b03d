package lab.apiratelimiting;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Known-bad: a correct token bucket, kept in this instance's memory; two instances let twice as much through. */
@Component
class TokenBucket {

    private final int capacity;
    private final long periodMillis;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    TokenBucket(@Value("${ratelimit.capacity}") int capacity, @Value("${ratelimit.period}") Duration period) {
        this.capacity = capacity;
        this.periodMillis = period.toMillis();
    }

    Duration take(String apiKey) {
        double rate = (double) capacity / periodMillis;
        long now = System.currentTimeMillis();
        double[] bucket = buckets.computeIfAbsent(apiKey, key -> new double[] {capacity, now});
        synchronized (bucket) {
            bucket[0] = Math.min(capacity, bucket[0] + (now - bucket[1]) * rate);
            bucket[1] = now;
            if (bucket[0] >= 1) {
                bucket[0] -= 1;
                return Duration.ZERO;
            }
            return Duration.ofMillis((long) Math.ceil((1 - bucket[0]) / rate));
        }
    }
}
