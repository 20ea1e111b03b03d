package lab.objectlevelauthorization;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvoiceController {

    private final InvoiceRepository invoices;

    InvoiceController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    /** The caller's company's invoices; support staff pass {@code tenantId} to look at another company's. */
    @GetMapping("/invoices")
    List<Invoice> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long tenantId) {
        return invoices.findByTenant(tenantId == null ? caller.tenantId() : tenantId, status);
    }

    @GetMapping("/invoices/{id}")
    Invoice get(@PathVariable long id) {
        return invoices.findById(id).orElseThrow(() -> new InvoiceNotFoundException(id));
    }

    @PostMapping("/invoices")
    @ResponseStatus(HttpStatus.CREATED)
    Invoice create(@AuthenticationPrincipal Caller caller, @RequestBody Invoice invoice) {
        validate(invoice);
        if (invoice.getTenantId() == null) {
            invoice.setTenantId(caller.tenantId());
        }
        if (invoice.getOwnerId() == null) {
            invoice.setOwnerId(caller.userId());
        }
        if (invoice.getStatus() == null) {
            invoice.setStatus("DRAFT");
        }
        if (invoice.getTotal() == null) {
            invoice.setTotal(total(invoice));
        }
        return get(invoices.insert(invoice));
    }

    /** Change an invoice: every field the body holds is applied. */
    @PutMapping("/invoices/{id}")
    Invoice update(@PathVariable long id, @RequestBody Invoice changes) {
        Invoice invoice = get(id);
        Invoices.apply(changes, invoice);
        validate(invoice);
        if (changes.getTotal() == null) {
            invoice.setTotal(total(invoice));
        }
        invoices.update(invoice);
        return get(id);
    }

    @PostMapping("/invoices/{id}/submit")
    Invoice submit(@PathVariable long id) {
        Invoice invoice = get(id);
        if (!"DRAFT".equals(invoice.getStatus())) {
            throw new InvoiceStateException(
                    "only a DRAFT invoice can be submitted; this one is " + invoice.getStatus());
        }
        invoice.setStatus("SUBMITTED");
        invoices.update(invoice);
        return get(id);
    }

    @DeleteMapping("/invoices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        get(id);
        invoices.delete(id);
    }

    private static void validate(Invoice invoice) {
        if (invoice.getCustomerName() == null || invoice.getCustomerName().isBlank()) {
            throw new InvalidInvoiceException("customerName is required");
        }
        if (invoice.getDescription() == null || invoice.getDescription().isBlank()) {
            throw new InvalidInvoiceException("description is required");
        }
        if (invoice.getQuantity() == null || invoice.getQuantity() < 1 || invoice.getQuantity() > 1000) {
            throw new InvalidInvoiceException("quantity must be between 1 and 1000");
        }
        if (invoice.getUnitPrice() == null || invoice.getUnitPrice().signum() <= 0) {
            throw new InvalidInvoiceException("unitPrice must be more than 0");
        }
    }

    private static BigDecimal total(Invoice invoice) {
        return invoice.getUnitPrice().multiply(BigDecimal.valueOf(invoice.getQuantity()));
    }
}
