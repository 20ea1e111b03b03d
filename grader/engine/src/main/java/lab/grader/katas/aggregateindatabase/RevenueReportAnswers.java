package lab.grader.katas.aggregateindatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lab.grader.katas.aggregateindatabase.ExpectedReport.Cell;
import lab.grader.katas.aggregateindatabase.ExpectedReport.Month;
import tools.jackson.databind.JsonNode;

/** Compare a revenue report with the expected one and name the first difference, with its likely cause. */
final class RevenueReportAnswers {

    private RevenueReportAnswers() {}

    /**
     * A difference between the answer and the expected report, and what most likely causes it.
     *
     * @param hint the hint of task 1 in the kata's README that explains the fix, or 0 when none does
     */
    record Difference(String what, String cause, String next, int hint) {

        Difference(String what, String cause, String next) {
            this(what, cause, next, 0);
        }
    }

    static Optional<Difference> firstDifference(JsonNode body, ExpectedReport expected, SalesData data) {
        if (!body.isObject() || !body.path("months").isArray()) {
            return Optional.of(
                    new Difference(
                            "the body is not an object with a \"months\" array: " + body.getNodeType(),
                            "the response's shape differs from the README",
                            "keep RevenueReport, MonthRevenue and CategoryRevenue as they are: the README's service section shows the shape"));
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
                        "echo from, to and zone as the response example shows them"));
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
        String what = "months " + summarise(actual) + ", expected " + summarise(wanted)
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
                            + " and left join the sums to it",
                    2);
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            return new Difference(what, "the months are not in calendar order", "order the rows by month");
        }
        return new Difference(
                what,
                "the period's first or last month is computed wrongly (to is included)",
                "every month from `from` to `to`, both included");
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
                                    "order by month, then category name")
                            : new Difference(
                                    what,
                                    "a category that sold nothing that month has no group in a GROUP BY"
                                            + (missing.contains(data.silentCategory())
                                                    ? " (" + data.silentCategory()
                                                            + " has no products at all, yet it belongs in every month)"
                                                    : ""),
                                    "build the grid of all months x all categories (cross join category) and left join the"
                                            + " sums to it",
                                    2));
        }
        for (int c = 0; c < wanted.categories().size(); c++) {
            Cell cell = wanted.categories().get(c);
            JsonNode revenue = categories.get(c).path("revenue");
            String where = at + " · " + cell.category();
            if (!revenue.isNumber()) {
                return Optional.of(new Difference(
                        where + ": revenue is " + revenue + ", expected the number " + cell.revenue(),
                        "the revenue is written as text or null",
                        "keep revenue a BigDecimal, and 0 where nothing was sold"));
            }
            if (revenue.decimalValue().compareTo(cell.revenue()) != 0) {
                if (AmountDifferences.isNeighbour(revenue.decimalValue(), expected, index, c)) {
                    return Optional.of(AmountDifferences.shifted(where, revenue.decimalValue(), cell.revenue()));
                }
                return Optional.of(AmountDifferences.amountDiffers(
                        where + ": revenue",
                        revenue.decimalValue(),
                        cell.revenue(),
                        AmountDifferences.utcCut(expected, data)
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
                            ? AmountDifferences.amountDiffers(
                                    at + ": total",
                                    total.decimalValue(),
                                    wanted.total(),
                                    AmountDifferences.utcCut(expected, data)
                                            .months()
                                            .get(index)
                                            .total(),
                                    expected,
                                    data,
                                    wanted)
                            : new Difference(
                                    at + ": total is " + total + ", expected the number " + wanted.total(),
                                    "the total is written as text or null",
                                    "keep total a BigDecimal: the sum of the month's categories"));
        }
        return Optional.empty();
    }

    private static String summarise(List<String> months) {
        return months.size() <= 6
                ? months.toString()
                : "[" + months.getFirst() + " ... " + months.getLast() + ", " + months.size() + " months]";
    }
}
