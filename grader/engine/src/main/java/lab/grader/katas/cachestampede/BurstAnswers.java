package lab.grader.katas.cachestampede;

import java.util.ArrayList;
import java.util.List;
import lab.grader.kit.Text;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.probes.BurstAnswer;

/** Judge the answers of a burst: each request must get the category's prices. */
final class BurstAnswers {

    private static final int SHOWN = 3;

    private BurstAnswers() {}

    static void requireAllPrices(HeldBurst.Outcome outcome, StampedeData data, long category, String burst, int hint)
            throws CheckFailure {
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (BurstAnswer answer : outcome.answers()) {
            String problem = answer.status() != 200
                    ? describe(answer)
                    : PriceAnswers.difference(answer.body(), data, category)
                            .map(body -> "request " + answer.index() + ": wrong prices " + body)
                            .orElse(null);
            if (problem != null && count++ < SHOWN) {
                wrong.add(problem);
            }
        }
        if (count > 0) {
            throw Feedback.check("Every request of " + burst + " should get the prices of category " + category + ".")
                    .expected(outcome.answers().size() + " x HTTP 200 with " + data.prices(category))
                    .actual(count + " requests did not; statuses " + outcome.statuses() + "; first ones:\n"
                            + String.join("\n", wrong))
                    .cause("the requests that wait for another one's load give up too early, or read the value"
                            + " before it is written")
                    .next("let a request that finds the load taken wait (a short sleep, then look in Redis again)"
                            + " for longer than a load can take, in PriceCache.find")
                    .hint(hint)
                    .kataServerError(outcome.statuses().keySet().stream().anyMatch(status -> status >= 500))
                    .failure(outcome.metrics());
        }
    }

    static String describe(BurstAnswer answer) {
        return "request " + answer.index() + ": "
                + (answer.answered()
                        ? "HTTP " + answer.status() + " " + Text.quote(answer.body())
                        : "no answer (" + answer.failure() + ")");
    }
}
