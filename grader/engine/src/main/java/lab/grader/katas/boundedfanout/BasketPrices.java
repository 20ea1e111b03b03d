package lab.grader.katas.boundedfanout;

import java.util.ArrayList;
import java.util.List;

/**
 * What the stand-ins answer, as pure functions of the run's seed: a SKU's unit price, a basket's discount, and a
 * SKU's stock at its n-th call (it changes with every call, so a page shows the answers of its own calls).
 */
final class BasketPrices {

    private BasketPrices() {}

    static long unitCents(long seed, String sku) {
        return 199 + Math.floorMod(mix(seed, sku.hashCode()), 9_800);
    }

    static long discountCents(long seed, long basketId) {
        return 50 + Math.floorMod(mix(seed, basketId), 950);
    }

    static int available(long seed, String sku, long call) {
        return Math.floorMod(mix(seed, sku.hashCode()) + 7 * call, 97);
    }

    /** The answer to {@code /prices/{sku,sku,...}}: {"SKU-1":1299,...}. */
    static String pricesJson(long seed, String skus) {
        List<String> entries = new ArrayList<>();
        for (String sku : skus.split(",")) {
            if (!sku.isBlank()) {
                entries.add("\"" + sku + "\":" + unitCents(seed, sku));
            }
        }
        return "{" + String.join(",", entries) + "}";
    }

    static String discountJson(long seed, String basketId) {
        long id;
        try {
            id = Long.parseLong(basketId);
        } catch (NumberFormatException e) {
            id = 0;
        }
        return "{\"discountCents\":" + discountCents(seed, id) + "}";
    }

    static String stockJson(long seed, String sku, long call) {
        return "{\"sku\":\"" + sku + "\",\"available\":" + available(seed, sku, call) + "}";
    }

    private static long mix(long seed, long value) {
        long x = seed * 0x9E3779B97F4A7C15L + value;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 29);
    }
}
