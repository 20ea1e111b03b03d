package lab.grader.katas.cachestampede;

import java.util.Optional;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataInstance;
import tools.jackson.databind.JsonNode;

/** Read price lists through the kata and compare them with what the pricing service gives. */
final class PriceAnswers {

    static final String SEE_THE_LOG = "read the kata's log under target/lab/logs/ for the exception";

    private PriceAnswers() {}

    static String path(long categoryId) {
        return "/categories/" + categoryId + "/prices";
    }

    /** Fail unless the instance answers 200 with the category's prices exactly as the pricing service gives them. */
    static void requireSame(KataInstance instance, StampedeData data, long categoryId, String why) throws CheckFailure {
        String request = "GET " + path(categoryId) + " on instance " + instance.name();
        JsonNode actual = HttpAnswers.json(instance.http().get(path(categoryId)), 200, request, SEE_THE_LOG);
        Optional<String> difference = difference(actual.toString(), data, categoryId);
        if (difference.isPresent()) {
            throw Feedback.check(request + " should return the category's prices " + why + ".")
                    .expected(data.prices(categoryId))
                    .actual(difference.get())
                    .cause("the cached copy is not what the pricing service answered (a field lost or renamed in the"
                            + " JSON written to Redis, or another category's key)")
                    .next("write and read the cached value with the application's JsonMapper, under a key that"
                            + " holds the category id, in PriceCache")
                    .failure();
        }
    }

    /** What differs between an answer's body and the category's prices; empty when they are the same JSON. */
    static Optional<String> difference(String body, StampedeData data, long categoryId) {
        JsonNode expected = HttpAnswers.readOrMissing(data.prices(categoryId));
        JsonNode actual = HttpAnswers.readOrMissing(body);
        return expected.equals(actual) ? Optional.empty() : Optional.of(Text.quote(body));
    }
}
