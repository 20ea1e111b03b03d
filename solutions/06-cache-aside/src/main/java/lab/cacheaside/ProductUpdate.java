package lab.cacheaside;

import java.math.BigDecimal;

/**
 * The body of PUT /products/{id}. Components are nullable so that a missing field can be told apart
 * from a zero and reported by name.
 */
record ProductUpdate(String name, BigDecimal price, Integer stock) {

    // numeric(10, 2): larger values would fail in PostgreSQL (a 500), more decimals would be rounded silently.
    private static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");
    private static final int PRICE_DECIMALS = 2;

    /** Throw {@link InvalidProductUpdateException} naming the first field that is wrong. */
    ProductUpdate validated() {
        if (name == null) {
            throw new InvalidProductUpdateException("name is required");
        }
        if (name.isBlank()) {
            throw new InvalidProductUpdateException("name must not be blank");
        }
        if (price == null) {
            throw new InvalidProductUpdateException("price is required");
        }
        if (price.signum() < 0) {
            throw new InvalidProductUpdateException("price must be zero or more, was " + price.toPlainString());
        }
        if (price.compareTo(MAX_PRICE) > 0) {
            throw new InvalidProductUpdateException(
                    "price must be at most " + MAX_PRICE.toPlainString() + ", was " + price.toPlainString());
        }
        if (price.stripTrailingZeros().scale() > PRICE_DECIMALS) {
            throw new InvalidProductUpdateException(
                    "price must have at most " + PRICE_DECIMALS + " decimal places, was " + price.toPlainString());
        }
        if (stock == null) {
            throw new InvalidProductUpdateException("stock is required");
        }
        if (stock < 0) {
            throw new InvalidProductUpdateException("stock must be zero or more, was " + stock);
        }
        return this;
    }
}
