package lab.connectionheldduringremotecall;

/** What {@code POST /orders} answers: the order as stored, once the payment provider has answered. */
record PlacedOrder(long orderId, long productId, int quantity, long totalCents, String status) {}
