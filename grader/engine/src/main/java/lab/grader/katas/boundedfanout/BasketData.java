package lab.grader.katas.boundedfanout;

import java.util.List;

/**
 * The baskets the grader seeded, and the run's seed, which the stand-ins' prices, discounts and stock follow. Each
 * check reads baskets of its own.
 *
 * @param unknownId a basket id no row has
 */
record BasketData(long seed, List<Basket> baskets, long unknownId) {

    record Basket(long id, List<Line> lines) {}

    record Line(String sku, int quantity) {}

    Basket basket(int index) {
        return baskets.get(index);
    }
}
