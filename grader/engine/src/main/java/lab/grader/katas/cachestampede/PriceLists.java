package lab.grader.katas.cachestampede;

import java.util.SplittableRandom;

/**
 * The price lists the stand-in pricing service computes: a pure function of the run's seed, the category and its
 * version, so the grader knows every answer, and the same seed gives the same prices.
 */
final class PriceLists {

    private PriceLists() {}

    static String json(long seed, long categoryId, int version) {
        SplittableRandom random = new SplittableRandom(seed * 31 + categoryId * 7 + version);
        int count = 2 + random.nextInt(4);
        StringBuilder json = new StringBuilder()
                .append("{\"categoryId\":")
                .append(categoryId)
                .append(",\"currency\":\"EUR\",\"version\":")
                .append(version)
                .append(",\"prices\":[");
        for (int i = 1; i <= count; i++) {
            json.append(i > 1 ? "," : "")
                    .append("{\"sku\":\"C")
                    .append(categoryId)
                    .append("-")
                    .append(i)
                    .append("\",\"cents\":")
                    .append(random.nextLong(99, 250_000))
                    .append("}");
        }
        return json.append("]}").toString();
    }
}
