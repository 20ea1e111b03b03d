package lab.objectlevelauthorization;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The back office: every company's invoices, and approving submitted ones. For the platform's admins. */
@RestController
class AdminController {

    private final InvoiceRepository invoices;

    AdminController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/admin/invoices")
    List<Invoice> all() {
        return invoices.findAll();
    }

    @PostMapping("/admin/invoices/{id}/approve")
    Invoice approve(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        Invoice invoice = invoices.findById(id).orElseThrow(() -> new InvoiceNotFoundException(id));
        if (!"SUBMITTED".equals(invoice.getStatus())) {
            throw new InvoiceStateException(
                    "only a SUBMITTED invoice can be approved; this one is " + invoice.getStatus());
        }
        invoice.setStatus("APPROVED");
        invoice.setApprovedBy(caller.userId());
        invoices.update(invoice);
        return invoice;
    }
}
