package lab.nplusone;

import java.time.Instant;
import java.util.List;

/** One order as the order-history page shows it, lines in the order they were added. */
record OrderView(long id, Instant placedAt, String status, List<OrderLineView> lines) {}
