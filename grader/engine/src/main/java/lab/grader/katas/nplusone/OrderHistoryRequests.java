package lab.grader.katas.nplusone;

import lab.grader.kit.HttpAnswers;
import lab.grader.model.CheckFailure;
import lab.grader.model.KataRun;
import tools.jackson.databind.JsonNode;

/** Ask the kata for an order history, the one way every check of this kata does. */
final class OrderHistoryRequests {

    static final String ENDPOINT = "GET /customers/{id}/orders";

    private OrderHistoryRequests() {}

    /** Return the JSON of a 200 answer; fail with what came back otherwise. */
    static JsonNode get(KataRun kata, long customerId, int limit) throws CheckFailure {
        String path = path(customerId, limit);
        return HttpAnswers.json(
                kata.instance(0).http().get(path),
                200,
                "GET " + path,
                "see the kata's log under target/lab/logs/ for the exception");
    }

    /** The request path; a limit of 0 or less leaves the parameter out, so the kata's default applies. */
    static String path(long customerId, int limit) {
        return "/customers/" + customerId + "/orders" + (limit > 0 ? "?limit=" + limit : "");
    }
}
