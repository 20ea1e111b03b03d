package lab.grader.katas.apiratelimiting;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * 50 requests at once on a fresh key: each refused one must be a 429 problem detail with a Retry-After of whole
 * seconds, at least 1. After waiting the longest Retry-After given, one more request must be answered.
 */
final class WellFormed429 implements CheckBody<RateLimitData> {

    static final int REQUESTS = 50;

    @Override
    public Verdict run(KataRun kata, RateLimitData data) throws Exception {
        String key = data.key("retry-after");
        List<BurstAnswer> answers =
                RateRequests.atOnce(REQUESTS, i -> RateRequests.request(kata, i % 2, key, "192.0.2.30"));
        long longest = 0;
        int refused = 0;
        for (BurstAnswer answer : answers) {
            if (answer.status() == 200) {
                continue;
            }
            refused++;
            OptionalLong retryAfter = seconds(answer.header("Retry-After").orElse(""));
            boolean problem = answer.header("Content-Type").orElse("").startsWith("application/problem+json");
            if (answer.status() != 429 || !problem || retryAfter.isEmpty() || retryAfter.getAsLong() < 1) {
                throw Feedback.check("A request over the limit should get a 429 that says when to come back.")
                        .expected("HTTP 429, application/problem+json, and Retry-After in whole seconds, at least 1")
                        .actual("HTTP " + answer.status() + ", Content-Type "
                                + answer.header("Content-Type").orElse("(none)") + ", Retry-After "
                                + answer.header("Retry-After").orElse("(none)") + ": " + Text.quote(answer.body(), 100))
                        .cause("the refusal is written by hand without the header (or with 0), or as plain text")
                        .next("answer a 429 problem detail with `Retry-After: <seconds until the next token>`, rounded"
                                + " up, at least 1")
                        .hint(1)
                        .failure(Map.of("refused", refused));
            }
            longest = Math.max(longest, retryAfter.getAsLong());
        }
        if (refused == 0) {
            throw Feedback.check(REQUESTS + " requests at once on one key, over the limit of "
                            + ApiRateLimitingGrading.CAPACITY + ", should not all be answered.")
                    .expected("some 429s")
                    .actual("all " + REQUESTS + " answered")
                    .cause("no limit applies to a burst on one key")
                    .next("limit per API key")
                    .hint(1)
                    .failure();
        }
        Thread.sleep(longest * 1000);
        BurstAnswer after = RateRequests.oneByOne(1, i -> RateRequests.request(kata, 0, key, "192.0.2.30"))
                .getFirst();
        if (after.status() != 200) {
            throw Feedback.check("After waiting the Retry-After it gave, a partner should be answered again.")
                    .expected("HTTP 200 after " + longest + " s")
                    .actual("HTTP " + after.status() + ", Retry-After "
                            + after.header("Retry-After").orElse("(none)"))
                    .cause("Retry-After is shorter than the real wait")
                    .next("compute Retry-After from the time until the bucket has a whole token again")
                    .hint(1)
                    .failure();
        }
        return Verdict.pass(Map.of("refused", refused, "longestRetryAfterSeconds", longest));
    }

    private static OptionalLong seconds(String header) {
        try {
            return OptionalLong.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
