package lab.grader.katas.cachestampede;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.kit.RedisKeys;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * What the service writes to coordinate a load (a lease) expires within seconds and is given back when the load
 * ends, even a failed one; every other key expires too.
 */
final class LocksExpire implements CheckBody<StampedeData> {

    static final long MAX_LEASE_SECONDS = 10;
    static final long MAX_TTL_SECONDS = 3600;
    private static final int REQUESTS = 10;

    @Override
    public Verdict run(KataRun kata, StampedeData data) throws Exception {
        long category = data.freshCategory();
        HeldBurst.Outcome outcome = HeldBurst.sendWhileFailing(kata, category, REQUESTS);
        Map<String, Object> metrics = outcome.metrics();
        Map<String, Long> held = outcome.newKeysWhileHeld();
        metrics.put("keysWhileHeld", held.toString());
        List<String> wrong = new ArrayList<>();
        held.forEach((key, ttl) -> {
            if (ttl < 1 || ttl > MAX_LEASE_SECONDS) {
                wrong.add(key + " had TTL " + ttl + (ttl == -1 ? " (never expires)" : " s"));
            }
        });
        if (!wrong.isEmpty()) {
            throw Feedback.check("A key written while a load of category " + category + " was running (a lease)"
                            + " should expire within seconds, so that a process that dies mid-load blocks nobody.")
                    .expected("each key written during the load with a TTL between 1 s and " + MAX_LEASE_SECONDS + " s")
                    .actual(String.join("; ", wrong))
                    .cause("the lease is taken without an expiry, or with one far longer than a load can take")
                    .next("take the lease with its expiry in the same command: SET key token NX PX 10000"
                            + " (opsForValue().setIfAbsent(key, token, Duration.ofSeconds(10)))")
                    .hint(1)
                    .failure(metrics);
        }
        List<String> left = new ArrayList<>(held.keySet());
        left.retainAll(kata.redis().keys());
        if (!left.isEmpty()) {
            throw Feedback.check("The lease for category " + category + " should be given back when its load ends,"
                            + " also when the load fails.")
                    .expected("no key written during the load still in Redis once every request was answered")
                    .actual("still there: " + RedisKeys.ttls(kata, left) + " (TTLs in seconds)")
                    .cause("the lease is deleted only after a successful load, so a failure keeps everyone waiting"
                            + " until it expires")
                    .next("release the lease in a finally block, with a compare-and-delete so you never delete"
                            + " another holder's")
                    .hint(2)
                    .failure(metrics);
        }
        return everyKeyExpires(kata, metrics);
    }

    private static Verdict everyKeyExpires(KataRun kata, Map<String, Object> metrics) throws Exception {
        List<String> wrong = new ArrayList<>();
        RedisKeys.ttls(kata, kata.redis().keys()).forEach((key, ttl) -> {
            if (ttl == -1 || ttl > MAX_TTL_SECONDS) {
                wrong.add(key + " has TTL " + ttl + (ttl == -1 ? " (never expires)" : " s"));
            }
        });
        if (!wrong.isEmpty()) {
            throw Feedback.check("Every key the service writes to Redis should expire.")
                    .expected("every key with a TTL of at most " + MAX_TTL_SECONDS + " s")
                    .actual(RedisKeys.describe(wrong, 5))
                    .cause("a value, a lease or a failure memo is written without an expiry")
                    .next("give every key its TTL in the command that writes it (SET ... EX / PX)")
                    .hint(3)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
