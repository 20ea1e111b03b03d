package lab.objectlevelauthorization;

import java.math.BigDecimal;

/**
 * Known-bad: "the client may mark its own invoice as paid" keeps status in the request.
 *
 * <p>What a client may write on an invoice, and nothing more: the owner, the tenant, the status and the total are the
 * server's. A body with any other property is a 400 ({@code fail-on-unknown-properties}).
 */
record InvoiceRequest(String customerName, String description, Integer quantity, BigDecimal unitPrice, String status) {

    InvoiceRequest {
        if (customerName == null || customerName.isBlank()) {
            throw new InvalidInvoiceException("customerName is required");
        }
        if (description == null || description.isBlank()) {
            throw new InvalidInvoiceException("description is required");
        }
        if (quantity == null || quantity < 1 || quantity > 1000) {
            throw new InvalidInvoiceException("quantity must be between 1 and 1000");
        }
        if (unitPrice == null || unitPrice.signum() <= 0) {
            throw new InvalidInvoiceException("unitPrice must be more than 0");
        }
    }

    BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
