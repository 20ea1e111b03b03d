package lab.connectionheldduringremotecall;

/** The body of {@code POST /orders}: one product, a quantity of it. */
record OrderRequest(Long productId, Integer quantity) {}
