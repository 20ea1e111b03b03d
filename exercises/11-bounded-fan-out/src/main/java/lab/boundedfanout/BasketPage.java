package lab.boundedfanout;

import java.util.List;

/**
 * What {@code GET /baskets/{id}} answers: each line with its price and stock, the basket's discount and total, and
 * the optional parts that could not be had this time ({@code "promotions"}), so the page can say so.
 */
record BasketPage(long basketId, List<Line> lines, long discountCents, long totalCents, List<String> degraded) {

    record Line(String sku, int quantity, long unitCents, int available) {}
}
