package lab.batchwrites;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Known-bad: streams the file in large batches, each committed in a transaction of its own. Files of a few thousand
 * rows fit in one or two batches and look transactional; the big file commits 18 times. Must fail
 * big-file-small-heap.
 */
@Service
class PaymentImporter {

    // Enough rows that the round trips stop mattering (3,000 rows: 15), few enough that a batch of the longest
    // rows is a few hundred kilobytes and is garbage before the next one: a small heap stays small.
    static final int BATCH_SIZE = 2_500;

    // Each record as a String[], so that PaymentFile decides what a valid field is and says so by column name.
    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final PaymentRepository payments;
    private final TransactionTemplate transaction;

    PaymentImporter(PaymentRepository payments, TransactionTemplate transaction) {
        this.payments = payments;
        this.transaction = transaction;
    }

    ImportSummary importCsv(InputStream body) {
        return importRecords(body);
    }

    private ImportSummary importRecords(InputStream body) {
        List<Payment> batch = new ArrayList<>(BATCH_SIZE);
        long rows = 0;
        // The iterator pulls records from the request body as they are needed: only one batch is ever in memory.
        try (MappingIterator<String[]> records = CSV.readerFor(String[].class).readValues(body)) {
            if (!records.hasNextValue()) {
                throw new MalformedFileException(1, "the file is empty; its first line must be " + PaymentFile.HEADER);
            }
            PaymentFile.checkHeader(records.nextValue());
            while (records.hasNextValue()) {
                rows++;
                // Record n is on line n + 1: the header is line 1, and no field spans two lines.
                batch.add(PaymentFile.parse(records.nextValue(), rows + 1));
                if (batch.size() == BATCH_SIZE) {
                    List<Payment> full = List.copyOf(batch);
                    transaction.executeWithoutResult(status -> payments.insert(full));
                    batch.clear();
                }
            }
        } catch (JacksonIOException e) {
            // The upload broke off (the client went away): not a fault in the file, so not a 400.
            throw new UncheckedIOException("could not read the uploaded file", e.getCause());
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? rows + 2 : e.getLocation().getLineNr();
            throw new MalformedFileException(line, "not valid CSV: " + e.getOriginalMessage());
        }
        if (!batch.isEmpty()) {
            transaction.executeWithoutResult(status -> payments.insert(batch));
        }
        return new ImportSummary(rows);
    }
}
