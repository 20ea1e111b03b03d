package lab.cacheaside;

import java.math.BigDecimal;

/** What GET /products/{id} returns; {@code price} is serialised as a JSON number, never a string. */
record Product(long id, String sku, String name, BigDecimal price, int stock) {}
