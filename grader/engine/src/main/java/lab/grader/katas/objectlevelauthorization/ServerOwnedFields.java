package lab.grader.katas.objectlevelauthorization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.grader.katas.objectlevelauthorization.InvoiceRows.Row;
import lab.grader.katas.objectlevelauthorization.InvoiceRows.UserRow;
import lab.grader.katas.objectlevelauthorization.InvoicingData.SeededInvoice;
import lab.grader.katas.objectlevelauthorization.InvoicingData.User;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * As a member of company A, bodies that each add one field the server owns to an otherwise valid request: a new
 * invoice with another owner, another tenant, status PAID, a total of 0.01, an approver or a note; a PUT on one of A's
 * drafts with status PAID, a total of 0.01 or another owner; a profile update with the ADMIN role or a large credit
 * limit. One field per request, so that a body refused for one unknown field does not hide another that is bound. The
 * grader reads what was stored: none of those values may be. (A 400 for such a body is fine: nothing is stored.)
 */
final class ServerOwnedFields implements CheckBody<InvoicingData> {

    private static final String LEGIT = "\"description\":\"Consulting\",\"quantity\":2,\"unitPrice\":10.00";
    private static final BigDecimal LEGIT_TOTAL = new BigDecimal("20.00");

    @Override
    public Verdict run(KataRun kata, InvoicingData data) throws Exception {
        User member = data.a().first();
        InvoiceApi api = InvoiceApi.as(kata, member);
        List<String> stored = new ArrayList<>();

        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("ownerId", String.valueOf(data.b().first().id()));
        extras.put("tenantId", String.valueOf(data.b().id()));
        extras.put("status", "\"PAID\"");
        extras.put("total", "0.01");
        extras.put("approvedBy", String.valueOf(data.admin().id()));
        extras.put("internalNotes", "\"" + data.marker() + "\"");
        for (Map.Entry<String, String> extra : extras.entrySet()) {
            String name = "Tampered " + extra.getKey() + " " + data.marker();
            api.send(
                    "POST",
                    "/invoices",
                    "{\"customerName\":\"" + name + "\"," + LEGIT + ",\"" + extra.getKey() + "\":" + extra.getValue()
                            + "}");
            for (Row row : InvoiceRows.named(kata.database(), name)) {
                String taken = taken(row, member, data, extra.getKey());
                if (!taken.isEmpty()) {
                    stored.add("POST /invoices with " + extra.getKey() + ": " + taken);
                }
            }
        }

        // Each probe is judged on its own field only: one that got through is counted once, not again by the next.
        SeededInvoice draft = data.drafts(data.a()).getFirst();
        String legitUpdate = "{\"customerName\":\"" + draft.customerName() + "\"," + LEGIT;
        api.send("PUT", "/invoices/" + draft.id(), legitUpdate + ",\"status\":\"PAID\"}");
        String status =
                InvoiceRows.find(kata.database(), draft.id()).orElseThrow().status();
        if (!status.equals("DRAFT")) {
            stored.add("PUT with status PAID: status " + status);
        }
        api.send("PUT", "/invoices/" + draft.id(), legitUpdate + ",\"total\":0.01}");
        BigDecimal total =
                InvoiceRows.find(kata.database(), draft.id()).orElseThrow().total();
        if (total.compareTo(new BigDecimal("0.01")) == 0) {
            stored.add("PUT with total 0.01: total 0.01");
        }
        api.send(
                "PUT",
                "/invoices/" + draft.id(),
                legitUpdate + ",\"ownerId\":" + data.a().second().id() + "}");
        long owner = InvoiceRows.find(kata.database(), draft.id()).orElseThrow().ownerId();
        if (owner != draft.ownerId()) {
            stored.add("PUT with ownerId: owner " + owner);
        }

        String profile = "{\"displayName\":\"Noor " + data.marker() + "\",";
        api.send("PATCH", "/users/me", profile + "\"role\":\"ADMIN\"}");
        UserRow afterRole = InvoiceRows.user(kata.database(), member.id());
        if (!afterRole.role().equals(member.role())) {
            stored.add("PATCH /users/me with role ADMIN: role " + afterRole.role());
        }
        api.send("PATCH", "/users/me", profile + "\"creditLimit\":999999}");
        UserRow afterCredit = InvoiceRows.user(kata.database(), member.id());
        if (afterCredit.creditLimit().compareTo(member.creditLimit()) != 0) {
            stored.add("PATCH /users/me with creditLimit: credit limit " + afterCredit.creditLimit());
        }

        Map<String, Object> metrics = Map.of("tamperedFieldsStored", stored.size());
        if (!stored.isEmpty()) {
            throw Feedback.check("Fields the server owns (owner, tenant, status, total, approver, notes; a user's role"
                            + " and credit limit) should never take a value from a request body.")
                    .expected("0 of the grader's tampered values stored")
                    .actual(stored.size() + " stored: "
                            + String.join("; ", stored.subList(0, Math.min(4, stored.size())))
                            + (stored.size() > 4 ? "; ..." : ""))
                    .cause("the request body is bound onto the stored record, or onto a request type that still holds"
                            + " a field the server owns, so the client can write it (mass assignment)")
                    .next("bind request bodies to records that hold only what a client may write (customerName,"
                            + " description, quantity, unitPrice; displayName), set the rest on the server, and"
                            + " refuse unknown properties with a 400")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    /** Whether the one server-owned field the request sent was stored, e.g. "owner 77761"; empty if not. */
    private static String taken(Row row, User member, InvoicingData data, String field) {
        List<String> taken = new ArrayList<>();
        if (field.equals("ownerId") && row.ownerId() != member.id()) {
            taken.add("owner " + row.ownerId());
        }
        if (field.equals("tenantId") && row.tenantId() != data.a().id()) {
            taken.add("tenant " + row.tenantId());
        }
        if (field.equals("status") && !row.status().equals("DRAFT")) {
            taken.add("status " + row.status());
        }
        if (field.equals("total") && row.total().compareTo(LEGIT_TOTAL) != 0) {
            taken.add("total " + row.total() + " for 2 x 10.00");
        }
        if (field.equals("approvedBy") && row.approvedBy() != null) {
            taken.add("approved by " + row.approvedBy());
        }
        if (field.equals("internalNotes") && row.internalNotes() != null) {
            taken.add("internal notes stored");
        }
        return String.join(", ", taken);
    }
}
