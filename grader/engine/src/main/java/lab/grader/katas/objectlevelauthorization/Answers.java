package lab.grader.katas.objectlevelauthorization;

import java.util.HashSet;
import java.util.Set;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.probes.BurstAnswer;
import tools.jackson.databind.JsonNode;

/** Read the invoicing API's answers, failing with what came back when the status is not the one expected. */
final class Answers {

    private Answers() {}

    static JsonNode expect(BurstAnswer answer, int status, String request) throws CheckFailure {
        if (answer.status() != status) {
            throw Feedback.check(request + " should answer " + status + " for its owner's company.")
                    .expected("HTTP " + status)
                    .actual("HTTP " + answer.status() + " " + Text.quote(answer.body()))
                    .cause("the endpoint refuses (or breaks for) a request it should serve: scoping by tenant must"
                            + " keep the caller's own company's invoices working")
                    .next("see the kata's log under target/lab/logs/; keep every endpoint of the starter working")
                    .hint(1)
                    .failure();
        }
        return HttpAnswers.readOrMissing(answer.body());
    }

    /** A 200 answer for the back office's list, as the admin. */
    static BurstAnswer expectList(BurstAnswer answer) throws CheckFailure {
        expect(answer, 200, "GET /admin/invoices as the admin");
        return answer;
    }

    /** The ids of a JSON array of invoices; none if the answer is not one. */
    static Set<Long> ids(BurstAnswer answer) {
        Set<Long> ids = new HashSet<>();
        JsonNode body = HttpAnswers.readOrMissing(answer.body());
        if (answer.status() == 200 && body.isArray()) {
            body.forEach(invoice -> ids.add(invoice.path("id").asLong(-1)));
        }
        return ids;
    }
}
