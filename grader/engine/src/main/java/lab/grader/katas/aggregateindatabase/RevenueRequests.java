package lab.grader.katas.aggregateindatabase;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.aggregateindatabase.RevenueReportAnswers.Difference;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import tools.jackson.databind.JsonNode;

/** Ask the kata for revenue reports, and hold every check to the exact report, whatever else it measures. */
final class RevenueRequests {

    static final String ENDPOINT = "GET /reports/revenue";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId UTC = ZoneId.of("UTC");
    /** The task whose hints explain the report's content; other checks point there when the content is wrong. */
    static final int CONTENT_TASK = 1;

    private RevenueRequests() {}

    static JsonNode get(KataRun kata, ExpectedReport expected) throws CheckFailure {
        return HttpAnswers.json(
                kata.instance(0).http().get(expected.path()),
                200,
                "GET " + expected.path(),
                "see the kata's log (its last lines follow when it answered 500) for the exception");
    }

    /**
     * Fail unless the answer is the expected report, cell by cell.
     *
     * @param task the task of the check that asks: the content's hints belong to task 1, so another check names
     *     them in words instead of pointing its own hint there
     */
    static void requireExact(
            KataRun kata,
            SalesData data,
            ExpectedReport expected,
            JsonNode body,
            int task,
            Map<String, Object> measured)
            throws CheckFailure {
        Optional<Difference> difference = RevenueReportAnswers.firstDifference(body, expected, data);
        if (difference.isEmpty()) {
            return;
        }
        Difference found = difference.get();
        Feedback feedback = Feedback.check(ENDPOINT + " should return the revenue of every month from "
                        + expected.from() + " to " + expected.to() + " in "
                        + expected.zone().getId()
                        + ", for every category, to the cent.")
                .expected(expected.months().size() + " months x "
                        + data.categories().size() + " categories " + data.categories()
                        + ", sums of quantity x unit price, zero where nothing was sold")
                .actual(found.what() + "\n(request: " + expected.path() + ", seed " + kata.seed() + ")")
                .cause(found.cause());
        if (task == CONTENT_TASK) {
            feedback.next(found.next());
            if (found.hint() > 0) {
                feedback.hint(found.hint());
            }
        } else {
            feedback.next(found.next() + " (the report's content is the rule of task " + CONTENT_TASK
                    + (found.hint() > 0 ? ", hint " + found.hint() : "") + "; this check holds to it too)");
        }
        throw feedback.failure(withReportDiffers(measured));
    }

    private static Map<String, Object> withReportDiffers(Map<String, Object> measured) {
        Map<String, Object> metrics = new LinkedHashMap<>(measured);
        metrics.put("reportDiffers", 1);
        return metrics;
    }
}
