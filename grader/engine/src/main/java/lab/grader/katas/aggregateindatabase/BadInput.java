package lab.grader.katas.aggregateindatabase;

import static lab.grader.katas.aggregateindatabase.RevenueRequests.UTC;

import io.restassured.response.Response;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** Bad periods and zones get a 400 problem detail, and the longest period allowed is still answered. */
final class BadInput implements CheckBody<SalesData> {

    static final int MAX_MONTHS = 36;
    private static final int TASK = 4;
    private static final ProblemDetails BAD_REQUEST = ProblemDetails.expect(400);

    @Override
    public Verdict run(KataRun kata, SalesData data) throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("from=2025-06&to=2025-01&zone=Europe/Berlin", "from after to");
        bad.put("from=2025-13&to=2025-12&zone=Europe/Berlin", "a month 13");
        bad.put("from=2025/01&to=2025-12&zone=Europe/Berlin", "a month not written yyyy-MM");
        bad.put("from=2025-01&to=2025-12&zone=Mars/Olympus", "an unknown time zone");
        bad.put("from=2023-01&to=2026-01&zone=UTC", "37 months (at most " + MAX_MONTHS + " are allowed)");
        bad.put("from=2025-01&zone=UTC", "no `to`");
        Map<String, Object> metrics = Map.of("badRequestsChecked", bad.size());
        for (Map.Entry<String, String> request : bad.entrySet()) {
            String path = "/reports/revenue?" + request.getKey();
            Response response = kata.instance(0).http().get(path);
            Optional<String> problem = BAD_REQUEST.problemWith(response);
            if (problem.isPresent()) {
                boolean serverError = response.statusCode() >= 500;
                throw Feedback.check("GET " + path + " should answer 400 with a problem detail, for "
                                + request.getValue() + ".")
                        .expected(BAD_REQUEST.describe() + " that says what is allowed")
                        .actual(problem.get())
                        .cause(
                                serverError
                                        ? "an exception escaped the controller (the end of the kata's log is shown below)"
                                        : "the input is not validated, or the wrong status is chosen")
                        .next("validate from, to and zone in RevenueReportController and throw a"
                                + " ResponseStatusException(BAD_REQUEST, ...)")
                        .hint(1)
                        .kataServerError(serverError)
                        .failure(metrics);
            }
        }
        // The largest period allowed must still be answered.
        ExpectedReport longest = data.report(YearMonth.of(2023, 7), YearMonth.of(2026, 6), UTC);
        RevenueRequests.requireExact(kata, data, longest, RevenueRequests.get(kata, longest), TASK, metrics);
        return Verdict.pass(Map.of("badRequestsChecked", bad.size(), "longestPeriodMonths", MAX_MONTHS));
    }
}
