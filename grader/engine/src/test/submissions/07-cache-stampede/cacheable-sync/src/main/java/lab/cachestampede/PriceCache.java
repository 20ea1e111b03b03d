package lab.cachestampede;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Known-bad: {@code @Cacheable(sync = true)} with the default RedisCacheManager. Since Spring Data Redis 3.4 the
 * "sync" is left to the cache writer, and the default writer takes no lock: every request of a burst loads. (A
 * locking writer would lock the whole cache in Redis, every category at once.)
 */
@Service
class PriceCache {

    private final PricingClient pricing;

    PriceCache(PricingClient pricing) {
        this.pricing = pricing;
    }

    @Cacheable(cacheNames = "prices", key = "#categoryId", sync = true)
    public CategoryPrices find(long categoryId) {
        return pricing.fetch(categoryId);
    }
}
