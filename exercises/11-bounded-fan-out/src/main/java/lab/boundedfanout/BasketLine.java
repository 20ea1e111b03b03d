package lab.boundedfanout;

/** One line of a stored basket: a product and how many of it. */
record BasketLine(String sku, int quantity) {}
