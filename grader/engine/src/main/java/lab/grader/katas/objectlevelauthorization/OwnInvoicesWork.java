package lab.grader.katas.objectlevelauthorization;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lab.grader.katas.objectlevelauthorization.InvoiceRows.Row;
import lab.grader.katas.objectlevelauthorization.InvoicingData.SeededInvoice;
import lab.grader.katas.objectlevelauthorization.InvoicingData.User;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;
import tools.jackson.databind.JsonNode;

/**
 * As a member of company A: the list holds exactly A's invoices; one of a colleague's reads; a new invoice is a
 * DRAFT of the caller's with the total computed; it can be changed, submitted and (another one) deleted; the profile's
 * name can be changed. As the admin: the back office lists every invoice and approves the submitted one. Without a
 * token: 401.
 */
final class OwnInvoicesWork implements CheckBody<InvoicingData> {

    @Override
    public Verdict run(KataRun kata, InvoicingData data) throws Exception {
        User member = data.a().first();
        InvoiceApi api = InvoiceApi.as(kata, member);

        BurstAnswer list = api.get("/invoices");
        Answers.expect(list, 200, "GET /invoices");
        Set<Long> expected = data.of(data.a()).stream().map(SeededInvoice::id).collect(Collectors.toSet());
        if (!Answers.ids(list).equals(expected)) {
            throw Feedback.check("GET /invoices should list the caller's company's invoices, all of them.")
                    .expected("ids " + new TreeSet<>(expected))
                    .actual("ids " + new TreeSet<>(Answers.ids(list)))
                    .cause("the list is filtered by owner instead of by tenant, or not filtered at all")
                    .next("select the invoices whose tenant_id is the caller's (from the token)")
                    .hint(1)
                    .failure();
        }
        SeededInvoice colleagues = data.of(data.a()).stream()
                .filter(invoice -> invoice.ownerId() == data.a().second().id())
                .findFirst()
                .orElse(data.of(data.a()).getFirst());
        JsonNode read =
                Answers.expect(api.get("/invoices/" + colleagues.id()), 200, "GET /invoices/" + colleagues.id());
        requireEqual(read.path("customerName").asString(""), colleagues.customerName(), "the colleague's invoice");

        String name = "Check " + data.marker();
        String body = body(name, 3, "12.50");
        JsonNode created = Answers.expect(api.send("POST", "/invoices", body), 201, "POST /invoices " + body);
        long id = created.path("id").asLong(-1);
        Row row = InvoiceRows.find(kata.database(), id)
                .orElseThrow(() -> Feedback.check("POST /invoices should answer the invoice it stored, with its id.")
                        .expected("an invoice with id " + id + " in the database")
                        .actual("none")
                        .cause("the answer's id is not the stored row's")
                        .next("answer the invoice as read back after the insert")
                        .failure());
        requireEqual(row.ownerId(), member.id(), "owner of the new invoice");
        requireEqual(row.tenantId(), data.a().id(), "tenant of the new invoice");
        requireEqual(row.status(), "DRAFT", "status of the new invoice");
        requireEqual(row.total().compareTo(new BigDecimal("37.50")), 0, "total of 3 x 12.50 (was " + row.total() + ")");

        String changed = body(name, 4, "12.50");
        Answers.expect(api.send("PUT", "/invoices/" + id, changed), 200, "PUT /invoices/" + id + " " + changed);
        requireEqual(
                InvoiceRows.find(kata.database(), id).orElseThrow().total().compareTo(new BigDecimal("50.00")),
                0,
                "total after PUT with quantity 4");
        Answers.expect(api.send("POST", "/invoices/" + id + "/submit", null), 200, "POST /invoices/" + id + "/submit");
        requireEqual(InvoiceRows.find(kata.database(), id).orElseThrow().status(), "SUBMITTED", "status after submit");

        long doomed = Answers.expect(api.send("POST", "/invoices", body), 201, "POST /invoices " + body)
                .path("id")
                .asLong(-1);
        Answers.expect(api.send("DELETE", "/invoices/" + doomed, null), 204, "DELETE /invoices/" + doomed);
        requireEqual(
                InvoiceRows.find(kata.database(), doomed).isPresent(), false, "invoice " + doomed + " after DELETE");

        String profile = "{\"displayName\":\"Renamed " + data.marker() + "\"}";
        Answers.expect(api.send("PATCH", "/users/me", profile), 200, "PATCH /users/me " + profile);
        requireEqual(
                InvoiceRows.user(kata.database(), member.id()).displayName(),
                "Renamed " + data.marker(),
                "display name after PATCH /users/me");

        InvoiceApi admin = InvoiceApi.as(kata, data.admin());
        int all = Answers.ids(Answers.expectList(admin.get("/admin/invoices"))).size();
        requireEqual(all >= data.invoices().size(), true, "invoices in GET /admin/invoices as the admin (" + all + ")");
        Answers.expect(
                admin.send("POST", "/admin/invoices/" + id + "/approve", null),
                200,
                "POST /admin/invoices/" + id + "/approve as the admin");
        requireEqual(InvoiceRows.find(kata.database(), id).orElseThrow().status(), "APPROVED", "status after approval");

        BurstAnswer anonymous = InvoiceApi.anonymous(kata).get("/invoices");
        requireEqual(anonymous.status(), 401, "status of GET /invoices without a token");
        return Verdict.pass(Map.of("ownInvoicesListed", expected.size()));
    }

    static String body(String customerName, int quantity, String unitPrice) {
        return "{\"customerName\":\"" + customerName + "\",\"description\":\"Consulting\",\"quantity\":" + quantity
                + ",\"unitPrice\":" + unitPrice + "}";
    }

    private static void requireEqual(Object actual, Object expected, String what) throws Exception {
        if (!actual.equals(expected)) {
            throw Feedback.check("The caller's own invoices should work as in the starter: " + what + ".")
                    .expected(String.valueOf(expected))
                    .actual(String.valueOf(actual))
                    .cause("the owner, tenant, status or total is not set by the server as the README says, or an"
                            + " endpoint no longer does its job for the invoice's own company")
                    .next("set owner and tenant from the caller, status DRAFT, total = quantity x unitPrice; keep"
                            + " update, submit, delete, the profile and the back office working")
                    .hint(1)
                    .failure();
        }
    }
}
