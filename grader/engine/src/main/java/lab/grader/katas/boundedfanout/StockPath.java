package lab.grader.katas.boundedfanout;

/** The inventory stand-in's path for one SKU's stock. */
final class StockPath {

    static final String PREFIX = "/stock/";

    private StockPath() {}

    static String of(String sku) {
        return PREFIX + sku;
    }
}
