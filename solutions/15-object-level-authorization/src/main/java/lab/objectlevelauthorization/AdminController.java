package lab.objectlevelauthorization;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The back office: every company's invoices, and approving submitted ones. Admins only ({@link SecurityConfig}). */
@RestController
class AdminController {

    private final InvoiceRepository invoices;

    AdminController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/admin/invoices")
    List<InvoiceView> all() {
        return invoices.findAll();
    }

    @PostMapping("/admin/invoices/{id}/approve")
    InvoiceView approve(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        InvoiceView invoice = invoices.findAny(id).orElseThrow(() -> new InvoiceNotFoundException(id));
        if (invoices.approve(id, caller.userId()) == 0) {
            throw new InvoiceStateException(
                    "only a SUBMITTED invoice can be approved; this one is " + invoice.status());
        }
        return invoices.findAny(id).orElseThrow();
    }
}
