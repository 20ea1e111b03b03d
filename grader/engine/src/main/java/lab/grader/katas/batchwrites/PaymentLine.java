package lab.grader.katas.batchwrites;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment as the grader writes it into a settlement file, and expects to find it in the payment table. */
record PaymentLine(String reference, LocalDate bookedOn, String account, BigDecimal amount, String description) {

    String csv() {
        return String.join(",", reference, bookedOn.toString(), account, amount.toPlainString(), description);
    }

    /** Describe the stored or expected values, for a failure message. */
    String describe() {
        String text = description.length() <= 40
                ? description
                : description.substring(0, 37) + "... (" + description.length() + " characters)";
        return reference + " | " + bookedOn + " | " + account + " | " + amount.toPlainString() + " | \"" + text + "\"";
    }

    boolean sameAs(PaymentLine other) {
        return reference.equals(other.reference)
                && bookedOn.equals(other.bookedOn)
                && account.equals(other.account)
                && amount.compareTo(other.amount) == 0
                && description.equals(other.description);
    }
}
