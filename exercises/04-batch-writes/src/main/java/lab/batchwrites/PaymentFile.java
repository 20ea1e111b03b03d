package lab.batchwrites;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** The bank's settlement file format: the header line, and how one record becomes a {@link Payment}. */
final class PaymentFile {

    static final List<String> COLUMNS = List.of("reference", "booked_on", "account", "amount", "description");
    static final String HEADER = String.join(",", COLUMNS);
    static final int MAX_REFERENCE_LENGTH = 64;
    static final int MAX_DESCRIPTION_LENGTH = 2_000;
    // numeric(12, 2): ten digits before the point.
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("10000000000");

    private PaymentFile() {}

    static void checkHeader(String[] fields) {
        if (!Arrays.asList(fields).equals(COLUMNS)) {
            throw new MalformedFileException(1, "the header must be " + HEADER + ", was " + String.join(",", fields));
        }
    }

    /** Check one record and turn it into a payment; {@code line} is where it is in the file, for the message. */
    static Payment parse(String[] fields, long line) {
        if (fields.length != COLUMNS.size()) {
            throw new MalformedFileException(
                    line, "expected " + COLUMNS.size() + " columns (" + HEADER + "), found " + fields.length);
        }
        String reference = fields[0].strip();
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE_LENGTH) {
            throw new MalformedFileException(
                    line, "reference must be 1 to " + MAX_REFERENCE_LENGTH + " characters, was '" + fields[0] + "'");
        }
        LocalDate bookedOn;
        try {
            bookedOn = LocalDate.parse(fields[1].strip());
        } catch (DateTimeParseException e) {
            throw new MalformedFileException(line, "booked_on must be a date like 2026-03-31, was '" + fields[1] + "'");
        }
        String account = fields[2].strip();
        if (account.isEmpty()) {
            throw new MalformedFileException(line, "account must not be empty");
        }
        BigDecimal amount = amount(fields[3], line);
        String description = fields[4];
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new MalformedFileException(
                    line,
                    "description must be at most " + MAX_DESCRIPTION_LENGTH + " characters, was "
                            + description.length());
        }
        return new Payment(reference, bookedOn, account, amount, description);
    }

    private static BigDecimal amount(String text, long line) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            amount = null;
        }
        // A third decimal would be rounded away by numeric(12, 2): refuse it rather than change the amount.
        if (amount == null || amount.scale() > 2 || amount.abs().compareTo(AMOUNT_LIMIT) >= 0) {
            throw new MalformedFileException(
                    line,
                    "amount must be a number with at most 2 decimals and less than " + AMOUNT_LIMIT.toPlainString()
                            + " either way, like -12.50, was '" + text + "'");
        }
        return amount;
    }
}
