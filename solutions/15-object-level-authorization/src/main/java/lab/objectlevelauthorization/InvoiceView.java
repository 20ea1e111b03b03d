package lab.objectlevelauthorization;

import java.math.BigDecimal;

/** An invoice as the API shows it: no internal notes, no tenant. */
record InvoiceView(
        long id,
        long ownerId,
        String customerName,
        String description,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal total,
        String status,
        Long approvedBy) {}
