package lab.grader.katas.batchwrites;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Make random settlement files. A file's references start with four random letters and a tag letter that no other
 * file of the kata uses, and their numbers start at a random offset, so that neither hard-coded references nor rows
 * left by another check can pass for the file's own.
 */
final class SettlementFiles {

    private final RandomGenerator random;

    SettlementFiles(RandomGenerator random) {
        this.random = random;
    }

    SettlementFile next(char tag, int rows) {
        return next(tag, rows, 8, 120);
    }

    /** A file of new payments with descriptions between the two lengths. */
    SettlementFile next(char tag, int rows, int shortestDescription, int longestDescription) {
        String prefix = prefix(tag);
        long number = 1 + random.nextInt(5_000_000);
        List<PaymentLine> lines = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int length = shortestDescription + random.nextInt(longestDescription - shortestDescription + 1);
            lines.add(PaymentLines.next(random, prefix, number, length));
            number += 1 + random.nextInt(3);
        }
        return new SettlementFile(prefix, lines);
    }

    String prefix(char tag) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            prefix.append((char) ('A' + random.nextInt(26)));
        }
        return prefix.append(tag).toString();
    }
}
