package lab.virtualthreads;

import java.math.BigDecimal;

/** What {@code GET /quotes/{orderId}} answers: the carrier's price for shipping the order. */
record Quote(long orderId, String carrier, BigDecimal amount, String currency) {}
