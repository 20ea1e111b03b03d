package lab.grader.katas.virtualthreads;

import java.util.List;

/**
 * The orders the grader seeded, and the run's carrier rates. Each check quotes orders of its own, so that no check
 * depends on what another asked.
 *
 * @param seed the run's seed, which the carrier stand-in's prices follow
 * @param unknownId an order id no row has
 */
record ShippingData(long seed, List<Order> orders, long unknownId) {

    /** One seeded row of {@code shipment_order}. */
    record Order(long id, String carrier, int zone, int weightGrams) {}

    /** The orders from {@code from} on, {@code count} of them. */
    List<Order> orders(int from, int count) {
        return orders.subList(from, from + count);
    }
}
