package lab.batchwrites;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Known-bad: streams the file in batches inside a transaction, but commits every 25,000 rows to keep transactions
 * "reasonably short". Every file of a few thousand rows is one transaction and the 45,000-row file two, so it looks
 * all or nothing; a bad row past row 25,000 leaves the rows committed before it stored. Must fail
 * malformed-file-rejected.
 */
@Service
class PaymentImporter {

    static final int BATCH_SIZE = 200;
    static final int COMMIT_EVERY = 25_000;

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final PaymentRepository payments;
    private final PlatformTransactionManager transactions;

    PaymentImporter(PaymentRepository payments, PlatformTransactionManager transactions) {
        this.payments = payments;
        this.transactions = transactions;
    }

    ImportSummary importCsv(InputStream body) {
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            List<Payment> batch = new ArrayList<>(BATCH_SIZE);
            long rows = 0;
            try (MappingIterator<String[]> records = CSV.readerFor(String[].class).readValues(body)) {
                if (!records.hasNextValue()) {
                    throw new MalformedFileException(
                            1, "the file is empty; its first line must be " + PaymentFile.HEADER);
                }
                PaymentFile.checkHeader(records.nextValue());
                while (records.hasNextValue()) {
                    rows++;
                    batch.add(PaymentFile.parse(records.nextValue(), rows + 1));
                    if (batch.size() == BATCH_SIZE) {
                        payments.insert(batch);
                        batch.clear();
                    }
                    if (rows % COMMIT_EVERY == 0) {
                        if (!batch.isEmpty()) {
                            payments.insert(batch);
                            batch.clear();
                        }
                        transactions.commit(transaction);
                        transaction = transactions.getTransaction(new DefaultTransactionDefinition());
                    }
                }
            } catch (JacksonIOException e) {
                throw new UncheckedIOException("could not read the uploaded file", e.getCause());
            } catch (JacksonException e) {
                long line = e.getLocation() == null ? rows + 2 : e.getLocation().getLineNr();
                throw new MalformedFileException(line, "not valid CSV: " + e.getOriginalMessage());
            }
            if (!batch.isEmpty()) {
                payments.insert(batch);
            }
            transactions.commit(transaction);
            return new ImportSummary(rows);
        } catch (RuntimeException e) {
            if (!transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
            throw e;
        }
    }
}
