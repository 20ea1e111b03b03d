package lab.grader.katas.batchwrites;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Make random payment lines the way a bank writes them: a reference, a booking date, an IBAN-like account, an amount
 * with two decimals (refunds negative) and a remittance text. No field has a comma, a quote or a line break, as the
 * README promises, and some texts are not ASCII, so that a wrong character set shows.
 */
final class PaymentLines {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final String[] COUNTRIES = {"DE", "FR", "NL", "AT", "BE", "ES"};
    private static final String[] TEXTS = {
        "Invoice",
        "Rechnung",
        "Facture",
        "Subscription",
        "Refund",
        "Zahlung für Auftrag",
        "Abonnement café",
        "Order",
        "Remboursement commande",
        "Ménage et entretien",
        "Miete Büro",
        "Deposit"
    };
    private static final String[] WORDS = {
        "thank you",
        "March",
        "April",
        "balance",
        "partial payment",
        "ref",
        "customer",
        "Straße",
        "déjà payé",
        "see statement",
        "quarter",
        "fees included",
        "Øresund",
        "late fee",
        "2 € fee"
    };

    // Plain ASCII words for the long texts of the big file: cheap to cut, one byte per character on both sides.
    private static final String LONG_TEXT = longText();

    private PaymentLines() {}

    /** A line whose reference is {@code prefix} followed by {@code number} as 7 digits. */
    static PaymentLine next(RandomGenerator random, String prefix, long number, int descriptionLength) {
        String digits = Long.toString(number);
        String reference = prefix + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
        LocalDate bookedOn = FIRST_DAY.plusDays(random.nextInt(180));
        StringBuilder account = new StringBuilder(COUNTRIES[random.nextInt(COUNTRIES.length)]);
        for (int i = 0; i < 20; i++) {
            account.append((char) ('0' + random.nextInt(10)));
        }
        long cents = random.nextInt(10) == 0 ? -(1 + random.nextInt(50_000)) : 1 + random.nextInt(2_500_000);
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        return new PaymentLine(reference, bookedOn, account.toString(), amount, description(random, descriptionLength));
    }

    /** A line with a long ASCII remittance text of exactly {@code descriptionLength} characters, made cheaply. */
    static PaymentLine withLongText(RandomGenerator random, String prefix, long number, int descriptionLength) {
        PaymentLine line = next(random, prefix, number, 8);
        int start = random.nextInt(LONG_TEXT.length() - descriptionLength);
        // Ends in a full stop: a text that ends in a space would be a trap for a kata that trims fields.
        String text = "Invoice " + (1_000 + random.nextInt(9_000)) + " "
                + LONG_TEXT.substring(start, start + descriptionLength - 14) + ".";
        return new PaymentLine(line.reference(), line.bookedOn(), line.account(), line.amount(), text);
    }

    private static String longText() {
        String[] words = {
            "balance",
            "statement",
            "March",
            "April",
            "quarter",
            "customer",
            "order",
            "delivery",
            "partial",
            "payment",
            "fees",
            "included",
            "contract",
            "period",
            "services",
            "rendered",
            "thank",
            "you"
        };
        SplittableRandom random = new SplittableRandom(4);
        StringBuilder text = new StringBuilder();
        while (text.length() < 64 * 1024) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }

    private static String description(RandomGenerator random, int length) {
        StringBuilder text = new StringBuilder(TEXTS[random.nextInt(TEXTS.length)])
                .append(' ')
                .append(1_000 + random.nextInt(90_000));
        while (text.length() < length) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.substring(0, length).strip();
    }
}
