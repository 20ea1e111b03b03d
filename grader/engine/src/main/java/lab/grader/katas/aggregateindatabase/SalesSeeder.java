package lab.grader.katas.aggregateindatabase;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.grader.katas.aggregateindatabase.SalesData.Line;
import lab.grader.katas.aggregateindatabase.SalesData.Order;
import lab.grader.katas.aggregateindatabase.SalesData.Product;
import lab.grader.kit.BulkLoad;

/**
 * Seed random categories, products, orders and lines over two years. Besides orders spread over each month, it
 * places orders minutes before, at and after midnight on the first of every month in several zones (so a month cut
 * in the wrong zone, or at a fixed offset that ignores daylight saving time, gets different totals), leaves one
 * month without any order, gives one category no products and sells another only from October to December. Prices
 * have random cents, so sums in floating point do not come out exact. Ids start at random offsets.
 */
final class SalesSeeder {

    // Distinct first letters: PostgreSQL's collation and Java's String order agree on them.
    private static final String[] CATEGORY_NAMES = {
        "Books",
        "Clothing",
        "Electronics",
        "Furniture",
        "Garden",
        "Kitchen",
        "Lighting",
        "Music",
        "Outdoor",
        "Pets",
        "Stationery",
        "Toys"
    };
    private static final List<ZoneId> BOUNDARY_ZONES = List.of(
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("America/Los_Angeles"));
    static final YearMonth FIRST_MONTH = YearMonth.of(2024, 1);
    static final YearMonth LAST_MONTH = YearMonth.of(2025, 12);
    private static final int CATEGORIES = 7;
    private static final int PRODUCTS = 80;
    // About 200 orders a month: a year's report sums some 6,000 lines, 60,000 once the orders are multiplied by ten,
    // which a starter that reads them all into Java still handles in a few seconds under -Xmx256m.
    private static final int MIN_ORDERS_PER_MONTH = 150;
    private static final int MORE_ORDERS_PER_MONTH = 100;

    private SalesSeeder() {}

    static SalesData seed(Connection connection, RandomGenerator random) throws SQLException {
        List<String> names = new ArrayList<>(List.of(CATEGORY_NAMES));
        Collections.shuffle(names, random);
        List<String> categories = names.subList(0, CATEGORIES).stream().sorted().toList();
        String silent = categories.get(random.nextInt(CATEGORIES));
        List<String> selling =
                categories.stream().filter(c -> !c.equals(silent)).toList();
        String seasonal = selling.get(random.nextInt(selling.size()));

        // Category ids do not follow name order: the report sorts by name, not by id.
        long categoryBase = 10 + random.nextInt(900);
        List<Long> categoryIds = new ArrayList<>();
        for (int i = 0; i < CATEGORIES; i++) {
            categoryIds.add(categoryBase + 7L * i);
        }
        Collections.shuffle(categoryIds, random);
        long productBase = 1_000 + random.nextInt(9_000);
        List<Product> products = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            // Every selling category gets products; the rest are spread at random.
            String category = p < selling.size() ? selling.get(p) : selling.get(random.nextInt(selling.size()));
            products.add(new Product(productBase + p, category));
        }
        YearMonth emptyMonth = FIRST_MONTH.plusMonths(2 + random.nextInt(20));
        YearMonth wholesaleMonth = emptyMonth;
        while (wholesaleMonth.equals(emptyMonth) || wholesaleMonth.getMonthValue() >= 10) {
            wholesaleMonth = FIRST_MONTH.plusMonths(random.nextInt(24));
        }
        SalesData empty = new SalesData(
                categories,
                silent,
                seasonal,
                products,
                List.of(),
                FIRST_MONTH,
                LAST_MONTH,
                emptyMonth,
                BOUNDARY_ZONES,
                wholesaleMonth);

        List<Instant> times = new ArrayList<>();
        for (YearMonth month : SalesData.months(FIRST_MONTH, LAST_MONTH)) {
            int orders = MIN_ORDERS_PER_MONTH + random.nextInt(MORE_ORDERS_PER_MONTH);
            for (int o = 0; o < orders; o++) {
                times.add(randomInstant(month, month, random));
            }
        }
        for (YearMonth month : SalesData.months(FIRST_MONTH, LAST_MONTH.plusMonths(1))) {
            for (ZoneId zone : BOUNDARY_ZONES) {
                Instant midnight = month.atDay(1).atStartOfDay(zone).toInstant();
                times.add(midnight.minusSeconds(60 + random.nextInt(2 * 3600)));
                times.add(midnight.plusSeconds(random.nextInt(2 * 3600)));
                if (random.nextBoolean()) {
                    // Exactly midnight belongs to the new month: a bound written as "> start" loses it.
                    times.add(midnight);
                }
            }
        }
        List<Order> orders = new ArrayList<>(
                orders(empty, times, random, 10_000 + random.nextInt(500_000), 1_000_000 + random.nextInt(500_000)));
        orders.add(wholesale(empty, orders, random));

        BulkLoad load = BulkLoad.into(connection)
                .table("category", List.of("id", "name"), rows -> {
                    for (int i = 0; i < categories.size(); i++) {
                        rows.add(categoryIds.get(i), categories.get(i));
                    }
                })
                .table("product", List.of("id", "category_id", "name"), rows -> {
                    for (Product product : products) {
                        rows.add(
                                product.id(),
                                categoryIds.get(categories.indexOf(product.category())),
                                product.category() + " item " + (product.id() - productBase + 1));
                    }
                });
        OrderRows.into(load, orders).load();
        return empty.with(orders);
    }

    /**
     * Add {@code factor - 1} times as many new random orders as there are, spread over the same months and
     * categories (the empty month stays empty), and return the sales with them.
     */
    static SalesData multiply(Connection connection, SalesData data, int factor, RandomGenerator random)
            throws SQLException {
        List<Instant> times = new ArrayList<>();
        while (times.size() < data.orders().size() * (factor - 1)) {
            Instant at = randomInstant(data.firstMonth(), data.lastMonth(), random);
            if (!data.isQuiet(at)) {
                times.add(at);
            }
        }
        long lastOrderId = data.orders().stream().mapToLong(Order::id).max().orElse(0);
        long lastLineId = data.orders().stream()
                .flatMap(order -> order.lines().stream())
                .mapToLong(Line::id)
                .max()
                .orElse(0);
        List<Order> more = orders(
                data, times, random, lastOrderId + 1 + random.nextInt(1_000), lastLineId + 1 + random.nextInt(1_000));
        OrderRows.insert(connection, more);
        List<Order> all = new ArrayList<>(data.orders());
        all.addAll(more);
        return data.with(all);
    }

    /**
     * One line worth more than ten trillion, alone in its category and month: its cell has 16 significant digits,
     * which a double, or a sum passed through float8 and back to numeric (15 digits), cannot hold to the cent.
     */
    private static Order wholesale(SalesData data, List<Order> orders, RandomGenerator random) {
        List<Product> seasonal = data.products().stream()
                .filter(product -> product.category().equals(data.seasonalCategory()))
                .toList();
        Product product = seasonal.get(random.nextInt(seasonal.size()));
        // An odd quantity that is no multiple of 5 and cents ending in 1, 3, 7 or 9: the amount's last cent is not 0.
        int quantity = 120_001 + 10 * random.nextInt(2_000) + new int[] {0, 2, 6, 8}[random.nextInt(4)];
        long cents = 9_000_000_000L + 10L * random.nextInt(90_000_000) + new int[] {1, 3, 7, 9}[random.nextInt(4)];
        long orderId = orders.stream().mapToLong(Order::id).max().orElse(0) + 1 + random.nextInt(100);
        long lineId = orders.stream()
                        .flatMap(order -> order.lines().stream())
                        .mapToLong(Line::id)
                        .max()
                        .orElse(0)
                + 1
                + random.nextInt(100);
        Instant placedAt = data.wholesaleMonth().atDay(15).atTime(12, 0).toInstant(ZoneOffset.UTC);
        return new Order(
                orderId,
                placedAt,
                List.of(new Line(lineId, product.id(), product.category(), quantity, BigDecimal.valueOf(cents, 2))));
    }

    private static Instant randomInstant(YearMonth first, YearMonth last, RandomGenerator random) {
        long from = first.atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long to = last.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        return Instant.ofEpochSecond(random.nextLong(from, to));
    }

    /** Turn instants into orders of 1 to 4 lines; instants in the quiet window around the empty month are dropped. */
    private static List<Order> orders(
            SalesData data, List<Instant> times, RandomGenerator random, long firstOrderId, long firstLineId) {
        List<Instant> sorted = times.stream()
                .filter(at -> !data.isQuiet(at))
                .sorted(Comparator.naturalOrder())
                .toList();
        List<Product> offSeason = data.products().stream()
                .filter(product -> !product.category().equals(data.seasonalCategory()))
                .toList();
        long nextOrderId = firstOrderId;
        long nextLineId = firstLineId;
        List<Order> orders = new ArrayList<>();
        for (Instant placedAt : sorted) {
            boolean inSeason = placedAt.atZone(ZoneOffset.UTC).getMonthValue() >= 10;
            List<Product> choice = inSeason ? data.products() : offSeason;
            List<Line> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(4);
            for (int l = 0; l < lineCount; l++) {
                Product product = choice.get(random.nextInt(choice.size()));
                BigDecimal unitPrice = BigDecimal.valueOf(50 + random.nextInt(49_950), 2);
                lines.add(new Line(nextLineId, product.id(), product.category(), 1 + random.nextInt(5), unitPrice));
                nextLineId += 1 + random.nextInt(2);
            }
            orders.add(new Order(nextOrderId, placedAt, lines));
            nextOrderId += 1 + random.nextInt(3);
        }
        return orders;
    }
}
