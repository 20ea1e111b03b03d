package lab.grader.katas.apiratelimiting;

import java.util.List;
import java.util.Map;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/** A fresh key's first 15 requests, one by one, alternating the instances, all answered; no key at all is a 401. */
final class WithinLimit implements CheckBody<RateLimitData> {

    static final int REQUESTS = 15;

    @Override
    public Verdict run(KataRun kata, RateLimitData data) throws Exception {
        String key = data.key("within");
        List<BurstAnswer> answers =
                RateRequests.oneByOne(REQUESTS, i -> RateRequests.request(kata, i % 2, key, "192.0.2.10"));
        for (int i = 0; i < answers.size(); i++) {
            BurstAnswer answer = answers.get(i);
            if (answer.status() != 200
                    || !HttpAnswers.readOrMissing(answer.body()).path("rate").isNumber()) {
                throw Feedback.check("A partner's first " + REQUESTS + " requests, well within the limit of "
                                + ApiRateLimitingGrading.CAPACITY + ", should all be answered.")
                        .expected("HTTP 200 with the rate, " + REQUESTS + " times")
                        .actual("request " + (i + 1) + " (instance "
                                + kata.instance(i % 2).name() + "): HTTP " + answer.status() + " "
                                + Text.quote(answer.body(), 120))
                        .cause("the limiter refuses too early (a capacity below ratelimit.capacity, or one bucket for"
                                + " everyone), or it fails on its own (see the kata's log under target/lab/logs/)")
                        .next("give each API key ratelimit.capacity tokens to start with")
                        .hint(1)
                        .failure(Map.of("answered", i));
            }
        }
        BurstAnswer anonymous = RateRequests.oneByOne(1, i -> RateRequests.request(kata, 0, null, null))
                .getFirst();
        if (anonymous.status() != 401) {
            throw Feedback.check("A request without X-Api-Key should be refused, as the starter does.")
                    .expected("HTTP 401")
                    .actual("HTTP " + anonymous.status())
                    .cause("the key check was lost on the way")
                    .next("keep the starter's 401 for a missing X-Api-Key")
                    .hint(1)
                    .failure();
        }
        return Verdict.pass(Map.of("answered", REQUESTS));
    }
}
