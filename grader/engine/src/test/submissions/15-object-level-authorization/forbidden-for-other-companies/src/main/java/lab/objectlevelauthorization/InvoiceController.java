package lab.objectlevelauthorization;

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
import org.springframework.web.server.ResponseStatusException;

/**
 * A customer's invoices, always those of the caller's tenant: the tenant comes from the token, never from the request.
 * The server owns the owner, the status (moved by submit, and by the back office's approval) and the total.
 */
@RestController
class InvoiceController {

    private final InvoiceRepository invoices;

    InvoiceController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/invoices")
    List<InvoiceView> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String status) {
        return invoices.findByTenant(caller.tenantId(), status);
    }

    @GetMapping("/invoices/{id}")
    InvoiceView get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        // Known-bad: "a 403 is more honest than a 404".
        return invoices.find(id, caller.tenantId()).orElseThrow(() -> invoices.findAny(id).isPresent()
                ? new ResponseStatusException(HttpStatus.FORBIDDEN, "invoice " + id + " belongs to another company")
                : new InvoiceNotFoundException(id));
    }

    @PostMapping("/invoices")
    @ResponseStatus(HttpStatus.CREATED)
    InvoiceView create(@AuthenticationPrincipal Caller caller, @RequestBody InvoiceRequest request) {
        return get(caller, invoices.insertDraft(caller.tenantId(), caller.userId(), request));
    }

    @PutMapping("/invoices/{id}")
    InvoiceView update(
            @AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody InvoiceRequest request) {
        InvoiceView invoice = get(caller, id);
        if (invoices.updateDraft(id, caller.tenantId(), request) == 0) {
            throw new InvoiceStateException("only a DRAFT invoice can be changed; this one is " + invoice.status());
        }
        return get(caller, id);
    }

    @PostMapping("/invoices/{id}/submit")
    InvoiceView submit(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        InvoiceView invoice = get(caller, id);
        if (invoices.transition(id, caller.tenantId(), "DRAFT", "SUBMITTED") == 0) {
            throw new InvoiceStateException("only a DRAFT invoice can be submitted; this one is " + invoice.status());
        }
        return get(caller, id);
    }

    @DeleteMapping("/invoices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        InvoiceView invoice = get(caller, id);
        if (invoices.deleteDraft(id, caller.tenantId()) == 0) {
            throw new InvoiceStateException("only a DRAFT invoice can be deleted; this one is " + invoice.status());
        }
    }
}
