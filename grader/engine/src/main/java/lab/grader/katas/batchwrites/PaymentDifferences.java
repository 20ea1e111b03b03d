package lab.grader.katas.batchwrites;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compare what the payment table holds for a file with the file itself, and describe the first difference. */
final class PaymentDifferences {

    private PaymentDifferences() {}

    /**
     * Return the first payment of the file that is missing, stored twice or stored otherwise, or extra references
     * under the file's prefix; empty when the table holds exactly the file.
     *
     * @param stored the table's rows under the file's prefix, by reference
     */
    static Optional<String> firstDifference(SettlementFile file, Map<String, List<PaymentLine>> stored) {
        List<PaymentLine> lines = file.lines();
        for (int index = 0; index < lines.size(); index++) {
            PaymentLine expected = lines.get(index);
            List<PaymentLine> rows = stored.getOrDefault(expected.reference(), List.of());
            if (rows.isEmpty()) {
                return Optional.of("payment " + expected.reference() + " (line " + SettlementFile.lineOf(index)
                        + ") is not stored; " + stored.size() + " of " + file.rows() + " references are");
            }
            if (rows.size() > 1) {
                return Optional.of("payment " + expected.reference() + " is stored " + rows.size() + " times");
            }
            if (!rows.getFirst().sameAs(expected)) {
                return Optional.of("payment " + expected.reference() + " is stored as\n  "
                        + rows.getFirst().describe() + "\nbut the file has\n  " + expected.describe());
            }
        }
        if (stored.size() > file.rows()) {
            return Optional.of(stored.size() + " references stored for a file of " + file.rows() + " rows");
        }
        return Optional.empty();
    }
}
