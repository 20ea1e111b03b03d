package lab.batchwrites;

import java.io.InputStream;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ImportController {

    private final PaymentImporter importer;

    ImportController(PaymentImporter importer) {
        this.importer = importer;
    }

    /** Import a settlement file sent as the request body ({@code Content-Type: text/csv}). */
    @PostMapping(path = "/imports", consumes = "text/csv")
    ImportSummary importPayments(InputStream body) {
        // The raw body, not @RequestBody String: the file is read as it arrives, never held whole in memory.
        return importer.importCsv(body);
    }
}
