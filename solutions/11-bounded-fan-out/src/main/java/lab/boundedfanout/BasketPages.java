package lab.boundedfanout;

import java.util.List;

/** Put a page together: the total is the lines' prices times their quantities, less the discount. */
final class BasketPages {

    private BasketPages() {}

    static BasketPage of(long basketId, List<BasketPage.Line> lines, long discountCents, List<String> degraded) {
        long subtotal = lines.stream()
                .mapToLong(line -> line.unitCents() * line.quantity())
                .sum();
        return new BasketPage(basketId, lines, discountCents, Math.max(0, subtotal - discountCents), degraded);
    }
}
