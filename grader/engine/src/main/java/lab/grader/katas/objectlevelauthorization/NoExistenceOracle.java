package lab.grader.katas.objectlevelauthorization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.kit.ResponseOracle;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * As a member of company A: 10 pairs, one of company B's invoice ids against an id no invoice has, read (GET) or
 * written (PUT). Each pair's answers must be the same but for the id: a 403 for B's and a 404 for the unknown one
 * tells an attacker which ids exist.
 */
final class NoExistenceOracle implements CheckBody<InvoicingData> {

    static final int PAIRS = 10;

    @Override
    public Verdict run(KataRun kata, InvoicingData data) throws Exception {
        InvoiceApi api = InvoiceApi.as(kata, data.a().first());
        List<String> differing = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < PAIRS; i++) {
            long theirs =
                    data.of(data.b()).get(data.of(data.b()).size() - 1 - i).id();
            long unknown = data.unknownIdsFrom() + i;
            boolean write = i % 2 == 1;
            String body = write ? OwnInvoicesWork.body("Probe " + data.marker(), 1, "1.00") : null;
            String method = write ? "PUT" : "GET";
            BurstAnswer forTheirs = api.send(method, "/invoices/" + theirs, body);
            BurstAnswer forUnknown = api.send(method, "/invoices/" + unknown, body);
            Optional<String> difference =
                    ResponseOracle.difference(forTheirs, String.valueOf(theirs), forUnknown, String.valueOf(unknown));
            if (difference.isPresent()) {
                count++;
                if (differing.size() < 2) {
                    differing.add(method + " /invoices/" + theirs + " (company B's) and " + method + " /invoices/"
                            + unknown + " (no such invoice) differ in " + difference.get());
                }
            }
        }
        Map<String, Object> metrics = Map.of("pairs", PAIRS, "pairsThatDiffer", count);
        if (count > 0) {
            throw Feedback.check(PAIRS + " pairs, one of company B's invoice ids and an id no invoice has, should get"
                            + " answers that cannot be told apart (but for the id).")
                    .expected("0 pairs that differ")
                    .actual(count + " of " + PAIRS + " differ: " + String.join("; ", differing))
                    .cause("another company's invoice is answered differently from one that does not exist (a 403, or"
                            + " its data): an attacker learns which ids are real, and how many invoices others have")
                    .next("answer another tenant's invoice exactly like a missing one: the same 404 problem, the"
                            + " same detail")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
