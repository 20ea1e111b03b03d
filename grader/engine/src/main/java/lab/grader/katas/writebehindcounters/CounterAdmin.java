package lab.grader.katas.writebehindcounters;

import io.restassured.response.Response;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.CheckFailure;
import lab.grader.model.KataInstance;
import tools.jackson.databind.JsonNode;

/** The kata's flush and stats endpoints, as the grader calls them. */
final class CounterAdmin {

    static final String SEE_THE_LOG = "read the kata's log under target/lab/logs/ for the exception";

    private CounterAdmin() {}

    static Response flush(KataInstance instance) {
        return instance.http().post("/admin/counters/flush");
    }

    static void requireFlushed(KataInstance instance) throws CheckFailure {
        HttpAnswers.json(
                flush(instance), 200, "POST /admin/counters/flush on instance " + instance.name(), SEE_THE_LOG);
    }

    static long statsViews(KataInstance instance, long product) throws CheckFailure {
        JsonNode stats = HttpAnswers.json(
                instance.http().get("/products/" + product + "/stats"),
                200,
                "GET /products/" + product + "/stats on instance " + instance.name(),
                SEE_THE_LOG);
        return stats.path("views").asLong(-1);
    }
}
