package lab.grader.katas.batchwrites;

import java.math.BigDecimal;
import java.util.List;

/**
 * A settlement file the grader sends: the header and one line per payment. The references of its new payments start
 * with the file's own prefix, which is how the grader finds the file's rows in the payment table.
 */
record SettlementFile(String prefix, List<PaymentLine> lines) {

    static final String HEADER = "reference,booked_on,account,amount,description";

    int rows() {
        return lines.size();
    }

    String csv() {
        return csv(HEADER, -1, null);
    }

    /** The file with the data row at {@code index} replaced by {@code badLine}; it is on line {@code index + 2}. */
    String csvWithBadRow(int index, String badLine) {
        return csv(HEADER, index, badLine);
    }

    String csvWithHeader(String header) {
        return csv(header, -1, null);
    }

    /** Where a data row is in the file, counted as an editor shows it: the header is line 1. */
    static long lineOf(int index) {
        return index + 2L;
    }

    BigDecimal total() {
        return lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String csv(String header, int replaced, String replacement) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == replaced ? replacement : lines.get(i).csv()).append('\n');
        }
        return text.toString();
    }
}
