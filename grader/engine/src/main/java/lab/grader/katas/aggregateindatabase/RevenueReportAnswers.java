package lab.grader.katas.aggregateindatabase;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lab.grader.katas.aggregateindatabase.ExpectedReport.Cell;
import lab.grader.katas.aggregateindatabase.ExpectedReport.Month;
import tools.jackson.databind.JsonNode;

/** Compare a revenue report with the expected one and name the first difference, with its likely cause. */
final class RevenueReportAnswers {

    static final String README = "exercises/05-aggregate-in-database/README.md";
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private RevenueReportAnswers() {}

    /** A difference between the answer and the expected report, and what most likely causes it. */
    record Difference(String what, String cause, String next) {}

    static Optional<Difference> firstDifference(JsonNode body, ExpectedReport expected, SalesData data) {
        if (!body.isObject() || !body.path("months").isArray()) {
            return Optional.of(new Difference(
                    "the body is not an object with a \"months\" array: " + body.getNodeType(),
                    "the response's shape differs from the README",
                    "keep RevenueReport, MonthRevenue and CategoryRevenue as they are -- " + README));
        }
        for (String field : List.of("from", "to", "zone")) {
            String wanted = switch (field) {
                case "from" -> expected.from().toString();
                case "to" -> expected.to().toString();
                default -> expected.zone().getId();
            };
            if (!body.path(field).asString("").equals(wanted)) {
                return Optional.of(new Difference(
                        "\"" + field + "\" is " + body.path(field) + ", expected \"" + wanted + "\"",
                        "the report does not echo the request",
                        "see the response example in " + README));
            }
        }
        JsonNode months = body.path("months");
        List<String> wantedMonths = expected.months().stream()
                .map(month -> month.month().toString())
                .toList();
        List<String> actualMonths = new ArrayList<>();
        months.forEach(month -> actualMonths.add(month.path("month").asString("?")));
        if (!actualMonths.equals(wantedMonths)) {
            return Optional.of(monthsDiffer(actualMonths, wantedMonths, expected));
        }
        for (int i = 0; i < wantedMonths.size(); i++) {
            Optional<Difference> difference =
                    monthDifference(months.get(i), expected.months().get(i), i, expected, data);
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static Difference monthsDiffer(List<String> actual, List<String> wanted, ExpectedReport expected) {
        List<String> missing =
                wanted.stream().filter(month -> !actual.contains(month)).toList();
        List<String> extra =
                actual.stream().filter(month -> !wanted.contains(month)).toList();
        String what = "months " + abbreviate(actual) + ", expected " + abbreviate(wanted)
                + (missing.isEmpty() ? "" : "; missing: " + missing)
                + (extra.isEmpty() ? "" : "; not asked for: " + extra);
        boolean onlyQuietMonthsMissing = !missing.isEmpty()
                && extra.isEmpty()
                && expected.months().stream()
                        .filter(month -> missing.contains(month.month().toString()))
                        .allMatch(month -> month.total().signum() == 0);
        if (onlyQuietMonthsMissing) {
            return new Difference(
                    what,
                    "a month without any order has no group in a GROUP BY, so it vanishes from the" + " result",
                    "start from the list of months, e.g. generate_series(first, last, interval '1 month'),"
                            + " and left join the sums to it -- task 1 of " + README + ", hint 2");
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            return new Difference(
                    what, "the months are not in calendar order", "order the rows by month -- task 1 of " + README);
        }
        return new Difference(
                what,
                "the period's first or last month is computed wrongly (to is included)",
                "every month from `from` to `to`, both included -- task 1 of " + README);
    }

    private static Optional<Difference> monthDifference(
            JsonNode month, Month wanted, int index, ExpectedReport expected, SalesData data) {
        String at = "months[" + index + "] (" + wanted.month() + ")";
        JsonNode categories = month.path("categories");
        List<String> wantedNames =
                wanted.categories().stream().map(Cell::category).toList();
        List<String> actualNames = new ArrayList<>();
        categories.forEach(category -> actualNames.add(category.path("category").asString("?")));
        if (!actualNames.equals(wantedNames)) {
            List<String> missing = wantedNames.stream()
                    .filter(name -> !actualNames.contains(name))
                    .toList();
            String what = at + " lists categories " + actualNames + ", expected " + wantedNames
                    + (missing.isEmpty() ? "" : "; missing: " + missing);
            return Optional.of(
                    missing.isEmpty()
                            ? new Difference(
                                    what,
                                    "the categories are not ordered by name",
                                    "order by month, then category name -- task 1 of " + README)
                            : new Difference(
                                    what,
                                    "a category that sold nothing that month has no group in a GROUP BY"
                                            + (missing.contains(data.silentCategory())
                                                    ? " (" + data.silentCategory()
                                                            + " has no products at all, yet it belongs in every month)"
                                                    : ""),
                                    "build the grid of all months x all categories (cross join category) and left join the"
                                            + " sums to it -- task 1 of " + README + ", hint 2"));
        }
        for (int c = 0; c < wanted.categories().size(); c++) {
            Cell cell = wanted.categories().get(c);
            JsonNode revenue = categories.get(c).path("revenue");
            String where = at + " · " + cell.category();
            if (!revenue.isNumber()) {
                return Optional.of(new Difference(
                        where + ": revenue is " + revenue + ", expected the number " + cell.revenue(),
                        "the revenue is written as text or null",
                        "keep revenue a BigDecimal, and 0 where nothing was sold -- task 1 of " + README));
            }
            if (revenue.decimalValue().compareTo(cell.revenue()) != 0) {
                if (isNeighbour(revenue.decimalValue(), expected, index, c)) {
                    return Optional.of(shifted(where, revenue.decimalValue(), cell.revenue()));
                }
                return Optional.of(amountDiffers(
                        where + ": revenue",
                        revenue.decimalValue(),
                        cell.revenue(),
                        utcCut(expected, data)
                                .months()
                                .get(index)
                                .categories()
                                .get(c)
                                .revenue(),
                        expected,
                        data,
                        wanted));
            }
        }
        JsonNode total = month.path("total");
        if (!total.isNumber() || total.decimalValue().compareTo(wanted.total()) != 0) {
            return Optional.of(
                    total.isNumber()
                            ? amountDiffers(
                                    at + ": total",
                                    total.decimalValue(),
                                    wanted.total(),
                                    utcCut(expected, data).months().get(index).total(),
                                    expected,
                                    data,
                                    wanted)
                            : new Difference(
                                    at + ": total is " + total + ", expected the number " + wanted.total(),
                                    "the total is written as text or null",
                                    "task 1 of " + README));
        }
        return Optional.empty();
    }

    private static Difference amountDiffers(
            String where,
            BigDecimal actual,
            BigDecimal wanted,
            BigDecimal inUtc,
            ExpectedReport expected,
            SalesData data,
            Month month) {
        BigDecimal gap = actual.subtract(wanted);
        String what = where + " is " + actual.toPlainString() + ", expected " + wanted.toPlainString() + " (off by "
                + gap.toPlainString() + ")";
        if (gap.abs().compareTo(CENT) < 0) {
            return new Difference(
                    what,
                    "the sum is added up in floating point (double): binary fractions cannot hold"
                            + " most cents exactly, and the error grows with every addition",
                    "sum numeric values in SQL and read them with getBigDecimal, or add BigDecimals; never double --"
                            + " task 1 of " + README + ", hint 1");
        }
        if (!SalesData.isUtc(expected.zone()) && actual.compareTo(inUtc) == 0) {
            return new Difference(
                    what + ". That is the sum with months cut at midnight UTC; "
                            + data.nearMonthStart(month.month(), expected.zone()) + " orders of " + month.month()
                            + " were placed within two hours of a month start in "
                            + expected.zone().getId(),
                    "the months are computed in UTC (or the session's zone), not in the requested zone",
                    "cut the months in the zone: date_trunc('month', placed_at at time zone ?) with the zone name, or"
                            + " in Java placedAt.atZone(zone) -- task 1 of " + README + ", hint 3");
        }
        return new Difference(
                what,
                "lines are lost or counted twice (a join, or the period's bounds in the zone:"
                        + " from midnight on the 1st of `from`, included, to midnight on the 1st after `to`, excluded)",
                "compare your SQL with the schema in src/main/resources/db/migration -- task 1 of " + README);
    }

    private static Difference shifted(String where, BigDecimal actual, BigDecimal wanted) {
        return new Difference(
                where + ": revenue is " + actual.toPlainString() + ", expected " + wanted.toPlainString()
                        + "; that is the revenue of the month before or after",
                "the months are shifted by one: each month is cut in one zone but labelled in another (to_char or"
                        + " ::date of a timestamptz, such as the result of date_trunc('month', placed_at, zone), work"
                        + " in the session's time zone, UTC here)",
                "turn the instant into the zone's wall-clock time once (placed_at at time zone ?) and take both the"
                        + " group and its label from that -- task 1 of " + README + ", hint 3");
    }

    /** Whether an amount is the same category's revenue in the month before or after: months shifted by one. */
    private static boolean isNeighbour(BigDecimal amount, ExpectedReport expected, int month, int category) {
        for (int neighbour : new int[] {month - 1, month + 1}) {
            if (neighbour >= 0 && neighbour < expected.months().size()) {
                BigDecimal revenue = expected.months()
                        .get(neighbour)
                        .categories()
                        .get(category)
                        .revenue();
                if (revenue.signum() != 0 && revenue.compareTo(amount) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ExpectedReport utcCut(ExpectedReport expected, SalesData data) {
        return data.report(expected.from(), expected.to(), expected.zone(), ZoneOffset.UTC);
    }

    private static String abbreviate(List<String> months) {
        return months.size() <= 6
                ? months.toString()
                : "[" + months.getFirst() + " ... " + months.getLast() + ", " + months.size() + " months]";
    }
}
