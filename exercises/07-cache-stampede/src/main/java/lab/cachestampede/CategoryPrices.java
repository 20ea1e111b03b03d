package lab.cachestampede;

import java.util.List;

/** The price list of one category, as the pricing service computes it; each new list has a higher version. */
record CategoryPrices(long categoryId, String currency, int version, List<Price> prices) {

    record Price(String sku, long cents) {}
}
