package lab.grader.katas.objectlevelauthorization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.katas.objectlevelauthorization.InvoicingData.SeededInvoice;
import lab.grader.kit.TableSnapshot;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * As a member of company A: the invoice list, each of A's invoices that carries an internal note, the profile, and a
 * new invoice; no answer may hold a note or a token. Then the back office: its list and an approval, which a member
 * must get a 403 for, with no row changed.
 */
final class NoExcessiveExposure implements CheckBody<InvoicingData> {

    @Override
    public Verdict run(KataRun kata, InvoicingData data) throws Exception {
        InvoiceApi api = InvoiceApi.as(kata, data.a().first());
        List<String> problems = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of("/invoices", "/users/me"));
        data.of(data.a()).stream()
                .filter(SeededInvoice::noted)
                .forEach(invoice -> paths.add("/invoices/" + invoice.id()));
        int leaks = 0;
        for (String path : paths) {
            List<String> secrets = data.secrets().in(api.get(path));
            if (!secrets.isEmpty()) {
                leaks += secrets.size();
                if (problems.size() < 2) {
                    problems.add("GET " + path + " holds " + secrets.size() + " secret(s), e.g. " + secrets.getFirst());
                }
            }
        }
        BurstAnswer created =
                api.send("POST", "/invoices", OwnInvoicesWork.body("Exposure " + data.marker(), 1, "5.00"));
        leaks += data.secrets().in(created).size();

        SeededInvoice target = data.of(data.b()).stream()
                .filter(invoice -> invoice.status().equals("SUBMITTED"))
                .findFirst()
                .orElseThrow();
        BurstAnswer backOffice = api.get("/admin/invoices");
        if (backOffice.status() != 403) {
            problems.add("GET /admin/invoices as a member: HTTP " + backOffice.status() + ", expected 403");
        }
        TableSnapshot before = TableSnapshot.take(kata.database(), "invoice");
        BurstAnswer approval = api.send("POST", "/admin/invoices/" + target.id() + "/approve", null);
        TableSnapshot.Changes changes =
                TableSnapshot.take(kata.database(), "invoice").changesSince(before);
        if (approval.status() != 403 || changes.total() > 0) {
            problems.add("POST /admin/invoices/" + target.id() + "/approve as a member: HTTP " + approval.status()
                    + " and " + changes.total() + " row(s) changed, expected 403 and none");
        }
        Map<String, Object> metrics = Map.of("secretsInAnswers", leaks, "problems", problems.size());
        if (leaks > 0 || !problems.isEmpty()) {
            throw Feedback.check("A member of company A should see no internal note and no token, and be refused the"
                            + " back office.")
                    .expected("0 secrets in the answers; 403 for GET /admin/invoices and for an approval, and no row"
                            + " changed")
                    .actual(leaks + " secret(s) in the answers" + (problems.isEmpty() ? "" : "; ")
                            + String.join("; ", problems))
                    .cause(
                            leaks > 0
                                    ? "the stored record is returned as it is, internal notes included"
                                    : "/admin/** asks only that the caller is logged in, not that they are an admin")
                    .next("answer with response records that hold only what the customer may see, and require the"
                            + " ADMIN role for /admin/** in SecurityConfig (`requestMatchers(\"/admin/**\")"
                            + ".hasRole(\"ADMIN\")`)")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
