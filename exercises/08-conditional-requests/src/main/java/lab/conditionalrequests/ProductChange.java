package lab.conditionalrequests;

import java.math.BigDecimal;

/**
 * The body of PUT /products/{id} and POST /categories/{id}/products. Components are nullable so that a missing field
 * can be told apart from a zero and reported by name.
 */
record ProductChange(String name, BigDecimal price, Integer stock) {

    // numeric(10, 2): larger values would fail in PostgreSQL (a 500), more decimals would be rounded silently.
    private static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");
    private static final int PRICE_DECIMALS = 2;

    /** Throw {@link InvalidProductException} naming the first field that is wrong. */
    ProductChange validated() {
        if (name == null || name.isBlank()) {
            throw new InvalidProductException(name == null ? "name is required" : "name must not be blank");
        }
        if (price == null) {
            throw new InvalidProductException("price is required");
        }
        if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
            throw new InvalidProductException(
                    "price must be between 0 and " + MAX_PRICE.toPlainString() + ", was " + price.toPlainString());
        }
        if (price.stripTrailingZeros().scale() > PRICE_DECIMALS) {
            throw new InvalidProductException(
                    "price must have at most " + PRICE_DECIMALS + " decimal places, was " + price.toPlainString());
        }
        if (stock == null) {
            throw new InvalidProductException("stock is required");
        }
        if (stock < 0) {
            throw new InvalidProductException("stock must be zero or more, was " + stock);
        }
        return this;
    }
}
