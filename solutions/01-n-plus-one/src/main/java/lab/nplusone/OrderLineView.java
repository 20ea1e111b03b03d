package lab.nplusone;

import java.math.BigDecimal;

/** One line of an order, with the product's name so the page needs no second call. */
record OrderLineView(long productId, String productName, int quantity, BigDecimal unitPrice) {}
