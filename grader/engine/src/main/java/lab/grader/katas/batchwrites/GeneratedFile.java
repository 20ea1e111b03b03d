package lab.grader.katas.batchwrites;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A settlement file too big to hold: its lines are made from a seed while it is sent, and made again from the same
 * seed for the expected totals. Neither the grader nor the kata needs more than a line of it in memory at a time.
 *
 * @param descriptionLength the length of every description, which sets the size of the file per row
 */
record GeneratedFile(String prefix, long seed, int rows, int descriptionLength) {

    /** What the payment table must hold for this file once it is imported. */
    record Totals(long rows, BigDecimal amount, long descriptionCharacters, long bytes) {}

    Totals totals() {
        SplittableRandom random = new SplittableRandom(seed);
        BigDecimal amount = BigDecimal.ZERO;
        long characters = 0;
        long bytes = (SettlementFile.HEADER + "\n").length();
        for (int i = 0; i < rows; i++) {
            PaymentLine line = line(random, i);
            amount = amount.add(line.amount());
            characters += line.description().length();
            bytes += (line.csv() + "\n").getBytes(StandardCharsets.UTF_8).length;
        }
        return new Totals(rows, amount, characters, bytes);
    }

    /** The file as a stream that makes each line when the reader gets to it. */
    InputStream body() {
        return body(-1, "");
    }

    /** The data row at {@code index}, as {@link #body()} writes it; it is on line {@code index + 2} of the file. */
    PaymentLine line(int index) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < index; i++) {
            line(random, i);
        }
        return line(random, index);
    }

    /**
     * The file with the data row at {@code replaced} written as {@code replacement} instead; every other row is as
     * {@link #body()} writes it.
     */
    InputStream body(int replaced, String replacement) {
        return new InputStream() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private byte[] current = (SettlementFile.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
            private int position;
            private int nextRow;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                while (position == current.length) {
                    if (nextRow == rows) {
                        return -1;
                    }
                    String csv = line(random, nextRow).csv();
                    current = ((nextRow == replaced ? replacement : csv) + "\n").getBytes(StandardCharsets.UTF_8);
                    nextRow++;
                    position = 0;
                }
                int count = Math.min(length, current.length - position);
                System.arraycopy(current, position, buffer, offset, count);
                position += count;
                return count;
            }
        };
    }

    private PaymentLine line(SplittableRandom random, int index) {
        // Consecutive numbers: the file's references are unique, and the prefix keeps them apart from other files.
        return PaymentLines.withLongText(random, prefix, index, descriptionLength);
    }
}
