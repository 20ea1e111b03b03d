package lab.conditionalrequests;

import java.math.BigDecimal;

/** One product as the API shows it; {@code price} is a JSON number, never a string. */
record Product(long id, long categoryId, String sku, String name, BigDecimal price, int stock) {}
