package lab.grader.services;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/** Open a grader-side Redis connection on the lab's logical database. */
public final class RedisConnections {

    private RedisConnections() {}

    public static Jedis open(RedisEndpoint redis) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .database(redis.database())
                .timeoutMillis(10_000)
                .clientName("lab-grader");
        if (!redis.password().isEmpty()) {
            config.password(redis.password());
        }
        return new Jedis(new HostAndPort(redis.host(), redis.port()), config.build());
    }
}
