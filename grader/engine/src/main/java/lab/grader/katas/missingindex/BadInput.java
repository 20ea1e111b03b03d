package lab.grader.katas.missingindex;

import java.util.Map;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.CheckFailure;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** Bad e-mails, ids and dates get a 400 problem detail, unknown customers a 404; never a 500. */
final class BadInput implements CheckBody<MissingIndexData> {

    private static final String NEXT = "validate the input in SupportSearchController and answer 4xx with a"
            + " ProblemDetail (ApiErrorHandler turns Spring's conversion errors into one)";

    @Override
    public Verdict run(KataRun kata, MissingIndexData data) throws Exception {
        long customer = data.boundaryCustomerId();
        String range = "from=" + data.boundaryFrom() + "&to=" + data.boundaryTo();
        String orders = "/support/customers/" + customer + "/orders?";
        expect(kata, "/support/customers?email=nobody." + kata.seed() + "@example.invalid", 404, "no customer has it");
        expect(kata, "/support/customers?email=anna.example.com", 400, "an e-mail without @");
        expect(kata, "/support/customers?email=anna@", 400, "an e-mail with nothing after the @");
        expect(kata, "/support/customers", 400, "the email parameter is missing");
        expect(kata, "/support/customers/" + data.unknownCustomerId() + "/orders?" + range, 404, "an unknown customer");
        expect(kata, "/support/customers/abc/orders?" + range, 400, "a customer id that is not a number");
        expect(kata, orders + "from=2026-02-30&to=2026-03-10", 400, "from=2026-02-30 is no day");
        expect(kata, orders + "from=03/01/2026&to=2026-03-10", 400, "from=03/01/2026 is not yyyy-mm-dd");
        expect(kata, orders + "from=2026-03-10&to=2026-03-01", 400, "from is after to");
        expect(kata, orders + "from=2026-03-01", 400, "to is missing");
        return Verdict.pass(Map.of("badRequestsChecked", 10));
    }

    private static void expect(KataRun kata, String path, int status, String why) throws CheckFailure {
        ProblemDetails.expect(status).check(kata.instance(0).http().get(path), "GET " + path, why, NEXT);
    }
}
