package lab.batchwrites;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment from a settlement file, checked and ready to store. */
record Payment(String reference, LocalDate bookedOn, String account, BigDecimal amount, String description) {}
