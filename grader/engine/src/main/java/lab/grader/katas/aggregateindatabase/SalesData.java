package lab.grader.katas.aggregateindatabase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lab.grader.katas.aggregateindatabase.ExpectedReport.Cell;
import lab.grader.katas.aggregateindatabase.ExpectedReport.Month;

/**
 * The sales the grader seeded for the aggregation kata, and the report the endpoint should give about them,
 * computed here in Java with exact decimals, independently of any SQL.
 *
 * @param categories every category name, in name order (names start with distinct capitals, so every collation
 *        sorts them alike)
 * @param silentCategory a category without products: it must still appear, with zeros
 * @param seasonalCategory a category that sells only from October to December (months in UTC)
 * @param products the products that sell, each with its category
 * @param emptyMonth a month without a single order, in any zone (none within 15 hours of it either)
 * @param boundaryZones the zones whose month starts the seeder placed orders around, minutes either side
 * @param wholesaleMonth the month of one wholesale order line of the seasonal category, out of its season and
 *     in the middle of the month: its amount has 16 significant digits, more than a double (float8) holds
 */
record SalesData(
        List<String> categories,
        String silentCategory,
        String seasonalCategory,
        List<Product> products,
        List<Order> orders,
        YearMonth firstMonth,
        YearMonth lastMonth,
        YearMonth emptyMonth,
        List<ZoneId> boundaryZones,
        YearMonth wholesaleMonth) {

    record Product(long id, String category) {}

    record Order(long id, Instant placedAt, List<Line> lines) {}

    record Line(long id, long productId, String category, int quantity, BigDecimal unitPrice) {

        BigDecimal amount() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    SalesData with(List<Order> newOrders) {
        return new SalesData(
                categories,
                silentCategory,
                seasonalCategory,
                products,
                newOrders,
                firstMonth,
                lastMonth,
                emptyMonth,
                boundaryZones,
                wholesaleMonth);
    }

    /** Whether an instant is too close to the empty month for an order: it would land in it in some zone. */
    boolean isQuiet(Instant at) {
        Instant from =
                emptyMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(15, ChronoUnit.HOURS);
        Instant to = emptyMonth
                .plusMonths(1)
                .atDay(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .plus(15, ChronoUnit.HOURS);
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** The report for the months from {@code from} to {@code to} in {@code zone}, as the README specifies it. */
    ExpectedReport report(YearMonth from, YearMonth to, ZoneId zone) {
        return report(from, to, zone, zone);
    }

    /**
     * The report with months cut in {@code cutZone} but the period's bounds in {@code zone}: with UTC as the cut
     * zone, what a submission that ignores the zone inside its GROUP BY answers.
     */
    ExpectedReport report(YearMonth from, YearMonth to, ZoneId zone, ZoneId cutZone) {
        Instant start = from.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<YearMonth, Map<String, BigDecimal>> sums = new HashMap<>();
        for (Order order : orders) {
            if (order.placedAt().isBefore(start) || !order.placedAt().isBefore(end)) {
                continue;
            }
            YearMonth month = YearMonth.from(order.placedAt().atZone(cutZone));
            for (Line line : order.lines()) {
                sums.computeIfAbsent(month, m -> new HashMap<>())
                        .merge(line.category(), line.amount(), BigDecimal::add);
            }
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth month : months(from, to)) {
            Map<String, BigDecimal> ofMonth = sums.getOrDefault(month, Map.of());
            List<Cell> cells = categories.stream()
                    .map(category -> new Cell(category, ofMonth.getOrDefault(category, BigDecimal.ZERO)))
                    .toList();
            months.add(new Month(month, cells));
        }
        return new ExpectedReport(from, to, zone, months);
    }

    /** The order lines whose order falls in the period: what a report that sums in Java has to read. */
    long linesIn(YearMonth from, YearMonth to, ZoneId zone) {
        Instant start = from.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return orders.stream()
                .filter(order ->
                        !order.placedAt().isBefore(start) && order.placedAt().isBefore(end))
                .mapToLong(order -> order.lines().size())
                .sum();
    }

    /** How many orders were placed within two hours of a month start in the zone, in the given month. */
    long nearMonthStart(YearMonth month, ZoneId zone) {
        Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant next = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return orders.stream()
                .map(Order::placedAt)
                .filter(at -> near(at, start) || near(at, next))
                .count();
    }

    private static boolean near(Instant at, Instant boundary) {
        return Math.abs(at.getEpochSecond() - boundary.getEpochSecond()) <= 2 * 3600;
    }

    static List<YearMonth> months(YearMonth from, YearMonth to) {
        return Stream.iterate(from, month -> !month.isAfter(to), month -> month.plusMonths(1))
                .toList();
    }

    static boolean isUtc(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC);
    }
}
