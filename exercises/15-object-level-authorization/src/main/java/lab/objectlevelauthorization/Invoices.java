package lab.objectlevelauthorization;

/** Copy the fields a request set onto a stored invoice. */
final class Invoices {

    private Invoices() {}

    static void apply(Invoice changes, Invoice invoice) {
        if (changes.getTenantId() != null) {
            invoice.setTenantId(changes.getTenantId());
        }
        if (changes.getOwnerId() != null) {
            invoice.setOwnerId(changes.getOwnerId());
        }
        if (changes.getCustomerName() != null) {
            invoice.setCustomerName(changes.getCustomerName());
        }
        if (changes.getDescription() != null) {
            invoice.setDescription(changes.getDescription());
        }
        if (changes.getQuantity() != null) {
            invoice.setQuantity(changes.getQuantity());
        }
        if (changes.getUnitPrice() != null) {
            invoice.setUnitPrice(changes.getUnitPrice());
        }
        if (changes.getTotal() != null) {
            invoice.setTotal(changes.getTotal());
        }
        if (changes.getStatus() != null) {
            invoice.setStatus(changes.getStatus());
        }
        if (changes.getApprovedBy() != null) {
            invoice.setApprovedBy(changes.getApprovedBy());
        }
        if (changes.getInternalNotes() != null) {
            invoice.setInternalNotes(changes.getInternalNotes());
        }
    }
}
