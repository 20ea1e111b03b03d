package lab.grader.services;

import java.util.Optional;

/** Services whose Redis this run started: its address and the outage control both come from that server. */
interface RedisOwner extends LabServices {

    OwnedRedis ownedRedis();

    @Override
    default RedisEndpoint redis() {
        return ownedRedis().endpoint();
    }

    @Override
    default Optional<RedisControl> redisControl() {
        return Optional.of(ownedRedis().control());
    }
}
