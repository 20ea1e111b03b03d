package lab.batchwrites;

import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Import a settlement file by checking each record as it arrives and copying it into a staging table, then moving
 * the staged payments into {@code payment} in one statement, all in one transaction.
 */
@Service
class PaymentImporter {

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final PaymentRepository payments;
    private final TransactionTemplate transaction;

    PaymentImporter(PaymentRepository payments, TransactionTemplate transaction) {
        this.payments = payments;
        this.transaction = transaction;
    }

    ImportSummary importCsv(InputStream body) {
        return transaction.execute(status -> importRecords(body));
    }

    private ImportSummary importRecords(InputStream body) {
        long rows = 0;
        try (MappingIterator<String[]> records = CSV.readerFor(String[].class).readValues(body)) {
            if (!records.hasNextValue()) {
                throw new MalformedFileException(1, "the file is empty; its first line must be " + PaymentFile.HEADER);
            }
            PaymentFile.checkHeader(records.nextValue());
            PaymentRepository.Staging staging = payments.openStaging();
            try {
                while (records.hasNextValue()) {
                    rows++;
                    staging.add(PaymentFile.parse(records.nextValue(), rows + 1));
                }
                staging.finish();
            } catch (RuntimeException e) {
                staging.cancel();
                throw e;
            }
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e.getCause());
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? rows + 2 : e.getLocation().getLineNr();
            throw new MalformedFileException(line, "not valid CSV: " + e.getOriginalMessage());
        }
        payments.mergeStaging();
        return new ImportSummary(rows);
    }
}
