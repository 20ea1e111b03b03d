package lab.batchwrites;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ImportController {

    private final PaymentImporter importer;

    ImportController(PaymentImporter importer) {
        this.importer = importer;
    }

    /** Import a settlement file sent as the request body ({@code Content-Type: text/csv}). */
    @PostMapping(path = "/imports", consumes = "text/csv")
    ImportSummary importPayments(@RequestBody String csv) {
        return importer.importCsv(csv);
    }
}
