package lab.batchwrites;

import java.io.ByteArrayInputStream;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Known-bad: the importer streams, but the controller takes the body as a byte[], so the whole file is in memory
 * before the import starts. Must fail big-file-small-heap (the kata runs out of heap and dies).
 */
@RestController
class ImportController {

    private final PaymentImporter importer;

    ImportController(PaymentImporter importer) {
        this.importer = importer;
    }

    /** Import a settlement file sent as the request body ({@code Content-Type: text/csv}). */
    @PostMapping(path = "/imports", consumes = "text/csv")
    ImportSummary importPayments(@RequestBody byte[] body) {
        return importer.importCsv(new ByteArrayInputStream(body));
    }
}
