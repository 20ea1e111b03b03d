package lab.cacheaside;

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

/** The products cache in Redis: JSON written with the application's mapper, and a TTL on every entry. */
@Configuration
@EnableCaching
class CacheConfiguration {

    static final String PRODUCTS = "products";

    @Bean
    RedisCacheManager cacheManager(
            RedisConnectionFactory redis, JsonMapper json, @Value("${catalog.cache.ttl:5m}") Duration ttl) {
        RedisCacheConfiguration products = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(ttl)
                .disableCachingNullValues()
                .serializeValuesWith(SerializationPair.fromSerializer(new JacksonJsonRedisSerializer<>(json, Product.class)));
        return RedisCacheManager.builder(redis).cacheDefaults(products).build();
    }
}
