package lab.grader.katas.objectlevelauthorization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lab.grader.katas.objectlevelauthorization.InvoicingData.SeededInvoice;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * As a member of company A: each of company B's 30 invoice ids read directly, and the list asked with the filters a
 * curious client tries (another tenant's id or owner, under a few names). No answer may hold one of B's invoices.
 */
final class NoCrossTenantReads implements CheckBody<InvoicingData> {

    @Override
    public Verdict run(KataRun kata, InvoicingData data) throws Exception {
        InvoiceApi api = InvoiceApi.as(kata, data.a().first());
        List<SeededInvoice> theirs = data.of(data.b());
        Set<Long> theirIds = theirs.stream().map(SeededInvoice::id).collect(Collectors.toSet());
        List<String> leaks = new ArrayList<>();
        int leaked = 0;
        for (SeededInvoice invoice : theirs) {
            BurstAnswer answer = api.get("/invoices/" + invoice.id());
            if (answer.status() == 200 || answer.body().contains(invoice.customerName())) {
                leaked++;
                if (leaks.size() < 2) {
                    leaks.add("GET /invoices/" + invoice.id() + " answered HTTP " + answer.status() + " with "
                            + invoice.customerName() + "'s invoice (company B's)");
                }
            }
        }
        long b = data.b().id();
        long bUser = data.b().first().id();
        for (String query : List.of(
                "tenantId=" + b,
                "tenant_id=" + b,
                "tenant=" + b,
                "ownerId=" + bUser,
                "owner=" + bUser,
                "status=DRAFT&tenantId=" + b)) {
            BurstAnswer answer = api.get("/invoices?" + query);
            Set<Long> listed = Answers.ids(answer);
            listed.retainAll(theirIds);
            if (!listed.isEmpty()) {
                leaked += listed.size();
                if (leaks.size() < 3) {
                    leaks.add("GET /invoices?" + query + " listed " + listed.size() + " of company B's invoices");
                }
            }
        }
        Map<String, Object> metrics = Map.of("idsTried", theirs.size(), "companyBInvoicesReturned", leaked);
        if (leaked > 0) {
            throw Feedback.check("A member of company A, reading company B's " + theirs.size() + " invoice ids and"
                            + " listing with another tenant's filters, should see none of company B's invoices.")
                    .expected("0 of company B's invoices in any answer")
                    .actual(leaked + " returned: " + String.join("; ", leaks))
                    .cause("the query finds the invoice by its id (or the tenant the request names) without asking"
                            + " whose it is: being logged in is not the same as owning the invoice")
                    .next("scope every query to the caller's tenant, from the token: `where id = :id and tenant_id ="
                            + " :tenant`, and never take the tenant from the request")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
