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
                String taken = taken(row, member, data);
                if (!taken.isEmpty()) {
                    stored.add("POST /invoices with " + extra.getKey() + ": " + taken);
                }
            }
        }

        SeededInvoice draft = data.drafts(data.a()).getFirst();
        String legitUpdate = "{\"customerName\":\"" + draft.customerName() + "\"," + LEGIT;
        for (String extra : List.of(
                "\"status\":\"PAID\"",
                "\"total\":0.01",
                "\"ownerId\":" + data.a().second().id())) {
            api.send("PUT", "/invoices/" + draft.id(), legitUpdate + "," + extra + "}");
            Row row = InvoiceRows.find(kata.database(), draft.id()).orElseThrow();
            if (!row.status().equals("DRAFT")) {
                stored.add("PUT with " + extra + ": status " + row.status());
            }
            if (row.total().compareTo(new BigDecimal("0.01")) == 0) {
                stored.add("PUT with " + extra + ": total 0.01");
            }
            if (row.ownerId() != draft.ownerId()) {
                stored.add("PUT with " + extra + ": owner " + row.ownerId());
            }
        }

        for (String extra : List.of("\"role\":\"ADMIN\"", "\"creditLimit\":999999")) {
            api.send("PATCH", "/users/me", "{\"displayName\":\"Noor " + data.marker() + "\"," + extra + "}");
            UserRow user = InvoiceRows.user(kata.database(), member.id());
            if (!user.role().equals(member.role())) {
                stored.add("PATCH /users/me with " + extra + ": role " + user.role());
            }
            if (user.creditLimit().compareTo(member.creditLimit()) != 0) {
                stored.add("PATCH /users/me with " + extra + ": credit limit " + user.creditLimit());
            }
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

    /** Which server-owned values of a new invoice are not the server's, e.g. "owner 77761, status PAID". */
    private static String taken(Row row, User member, InvoicingData data) {
        List<String> taken = new ArrayList<>();
        if (row.ownerId() != member.id()) {
            taken.add("owner " + row.ownerId());
        }
        if (row.tenantId() != data.a().id()) {
            taken.add("tenant " + row.tenantId());
        }
        if (!row.status().equals("DRAFT")) {
            taken.add("status " + row.status());
        }
        if (row.total().compareTo(LEGIT_TOTAL) != 0) {
            taken.add("total " + row.total() + " for 2 x 10.00");
        }
        if (row.approvedBy() != null) {
            taken.add("approved by " + row.approvedBy());
        }
        if (row.internalNotes() != null) {
            taken.add("internal notes stored");
        }
        return String.join(", ", taken);
    }
}
