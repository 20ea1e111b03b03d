package lab.grader.katas.connectionheldduringremotecall;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The products the grader seeded, with their prices.
 *
 * @param products the seeded products
 * @param unknownProduct a product id no row has
 */
record CheckoutData(List<Product> products, long unknownProduct) {

    record Product(long id, long priceCents) {}

    Product anyProduct(RandomGenerator random) {
        return products.get(random.nextInt(products.size()));
    }
}
