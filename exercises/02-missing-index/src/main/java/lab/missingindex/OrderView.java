package lab.missingindex;

import java.math.BigDecimal;
import java.time.Instant;

/** One order in the support desk's list, enough to tell a customer's orders apart on the phone. */
record OrderView(long id, Instant placedAt, String status, BigDecimal total) {}
