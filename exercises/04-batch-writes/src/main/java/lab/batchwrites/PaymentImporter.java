package lab.batchwrites;

import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** Import a settlement file: read its records, check each one, and store the payments. */
@Service
class PaymentImporter {

    // Each record as a String[], so that PaymentFile decides what a valid field is and says so by column name.
    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final PaymentRepository payments;

    PaymentImporter(PaymentRepository payments) {
        this.payments = payments;
    }

    ImportSummary importCsv(String csv) {
        List<String[]> records;
        try {
            records = CSV.readerFor(String[].class).<String[]>readValues(csv).readAll();
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new MalformedFileException(line, "not valid CSV: " + e.getOriginalMessage());
        }
        if (records.isEmpty()) {
            throw new MalformedFileException(1, "the file is empty; its first line must be " + PaymentFile.HEADER);
        }
        PaymentFile.checkHeader(records.getFirst());
        for (int i = 1; i < records.size(); i++) {
            // Record i is on line i + 1: the header is line 1, and no field spans two lines.
            payments.insert(PaymentFile.parse(records.get(i), i + 1));
        }
        return new ImportSummary(records.size() - 1);
    }
}
