package lab.grader.katas.objectlevelauthorization;

import java.math.BigDecimal;
import java.util.List;
import lab.grader.kit.Canaries;

/**
 * What the grader seeded for the invoicing API: two customer companies (A, whose member the grader acts as, and B,
 * the victim), a third, and the back office with its admin.
 *
 * @param a the attacker's company
 * @param b the victim company
 * @param invoices every seeded invoice
 * @param secrets the internal notes and every user's token: none may appear in an answer to tenant A
 * @param marker the run's word, in names the grader writes
 * @param unknownIdsFrom ids from here on belong to no invoice (the kata's own start far below)
 */
record InvoicingData(
        Tenant a,
        Tenant b,
        User admin,
        List<SeededInvoice> invoices,
        Canaries secrets,
        String marker,
        long unknownIdsFrom) {

    record User(long id, long tenantId, String role, String token, BigDecimal creditLimit) {}

    record Tenant(long id, User first, User second) {}

    record SeededInvoice(
            long id,
            long tenantId,
            long ownerId,
            String customerName,
            String status,
            BigDecimal total,
            boolean noted) {}

    List<SeededInvoice> of(Tenant tenant) {
        return invoices.stream()
                .filter(invoice -> invoice.tenantId() == tenant.id())
                .toList();
    }

    List<SeededInvoice> drafts(Tenant tenant) {
        return of(tenant).stream()
                .filter(invoice -> invoice.status().equals("DRAFT"))
                .toList();
    }
}
