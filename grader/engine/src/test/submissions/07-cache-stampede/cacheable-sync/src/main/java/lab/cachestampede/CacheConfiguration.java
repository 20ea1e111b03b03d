package lab.cachestampede;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import tools.jackson.databind.json.JsonMapper;

/** The prices cache in Redis, through Spring's cache abstraction, with a TTL on every entry. */
@Configuration
@EnableCaching
class CacheConfiguration {

    @Bean
    RedisCacheManager cacheManager(
            RedisConnectionFactory redis, JsonMapper json, @Value("${pricing.cache.ttl}") Duration ttl) {
        RedisCacheConfiguration prices = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(ttl)
                .disableCachingNullValues()
                .serializeValuesWith(
                        SerializationPair.fromSerializer(new JacksonJsonRedisSerializer<>(json, CategoryPrices.class)));
        return RedisCacheManager.builder(redis).cacheDefaults(prices).build();
    }
}
