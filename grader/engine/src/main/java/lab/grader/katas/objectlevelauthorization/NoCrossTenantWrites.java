package lab.grader.katas.objectlevelauthorization;

import java.util.List;
import java.util.Map;
import lab.grader.katas.objectlevelauthorization.InvoicingData.SeededInvoice;
import lab.grader.kit.TableSnapshot;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * As a member of company A, on 20 of company B's draft invoices: PUT a new customer name on 7, submit 7, DELETE 6. The
 * grader reads the invoice table before and after: no row may have changed.
 */
final class NoCrossTenantWrites implements CheckBody<InvoicingData> {

    static final int TARGETS = 20;

    @Override
    public Verdict run(KataRun kata, InvoicingData data) throws Exception {
        InvoiceApi api = InvoiceApi.as(kata, data.a().first());
        List<SeededInvoice> drafts = data.drafts(data.b()).subList(0, TARGETS);
        TableSnapshot before = TableSnapshot.take(kata.database(), "invoice");
        for (int i = 0; i < drafts.size(); i++) {
            long id = drafts.get(i).id();
            if (i < 7) {
                api.send("PUT", "/invoices/" + id, OwnInvoicesWork.body("Taken over " + data.marker(), 1, "0.01"));
            } else if (i < 14) {
                api.send("POST", "/invoices/" + id + "/submit", null);
            } else {
                api.send("DELETE", "/invoices/" + id, null);
            }
        }
        TableSnapshot.Changes changes =
                TableSnapshot.take(kata.database(), "invoice").changesSince(before);
        Map<String, Object> metrics = Map.of("writesTried", TARGETS, "rowsChanged", changes.total());
        if (changes.total() > 0) {
            throw Feedback.check("A member of company A sending PUT, submit and DELETE for " + TARGETS + " of company"
                            + " B's draft invoices should change none of them.")
                    .expected("0 rows changed in invoice")
                    .actual(changes.describe())
                    .cause("the write finds the invoice by its id alone: reads may be scoped, but each UPDATE and"
                            + " DELETE must be too")
                    .next("look the invoice up in the caller's tenant before changing it, and put `and tenant_id ="
                            + " :tenant` in the UPDATE and DELETE themselves")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
