package lab.grader.katas.batchwrites;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A kind of malformed row: a column and values of it that break the README's rule, each written into an otherwise
 * valid payment line.
 *
 * @param tag the letter of the file's prefix, so that each file's rows can be told apart in the table
 */
record BadRow(char tag, String column, List<String> values) {

    static final BadRow AMOUNT = new BadRow('M', "amount", List.of("12.5O", "EUR 12.50", "1 250.00", "12.50.1"));
    static final BadRow BOOKED_ON =
            new BadRow('N', "booked_on", List.of("2026-02-30", "31/03/2026", "2026-13-01", "yesterday"));

    String pick(RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    /** The payment's line with this column holding {@code value} instead. */
    String csvOf(PaymentLine good, String value) {
        return switch (column) {
            case "amount" ->
                String.join(
                        ",", good.reference(), good.bookedOn().toString(), good.account(), value, good.description());
            case "booked_on" ->
                String.join(
                        ",",
                        good.reference(),
                        value,
                        good.account(),
                        good.amount().toPlainString(),
                        good.description());
            default -> throw new IllegalStateException("No bad rows for the column " + column);
        };
    }
}
