package lab.grader.katas.aggregateindatabase;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import lab.grader.katas.aggregateindatabase.ExpectedReport.Month;
import lab.grader.katas.aggregateindatabase.RevenueReportAnswers.Difference;

/** Explain an amount that differs from the expected one: floating point, months cut in UTC, shifted months, lost lines. */
final class AmountDifferences {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private AmountDifferences() {}

    static Difference amountDiffers(
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
        if (gap.abs().compareTo(CENT) < 0 || isRoundingError(gap, wanted)) {
            return new Difference(
                    what,
                    "the sum is added up in, or passed through, floating point (double, float8): binary fractions"
                            + " cannot hold most cents exactly, a double keeps about 15 significant digits, and a"
                            + " cast from float8 back to numeric keeps 15",
                    "sum numeric values in SQL and read them with getBigDecimal, or add BigDecimals; never double, not"
                            + " even for a moment in a cast",
                    1);
        }
        if (!SalesData.isUtc(expected.zone()) && actual.compareTo(inUtc) == 0) {
            return new Difference(
                    what + ". That is the sum with months cut at midnight UTC; "
                            + data.nearMonthStart(month.month(), expected.zone()) + " orders of " + month.month()
                            + " were placed within two hours of a month start in "
                            + expected.zone().getId(),
                    "the months are computed in UTC (or the session's zone), not in the requested zone",
                    "cut the months in the zone: date_trunc('month', placed_at at time zone ?) with the zone name, or"
                            + " in Java placedAt.atZone(zone)",
                    3);
        }
        return new Difference(
                what,
                "lines are lost or counted twice (a join, or the period's bounds in the zone:"
                        + " from midnight on the 1st of `from`, included, to midnight on the 1st after `to`, excluded)",
                "compare your SQL with the schema in src/main/resources/db/migration");
    }

    /** Whether the gap is below the 15th significant digit of the amount: what floating point loses, not a line. */
    static boolean isRoundingError(BigDecimal gap, BigDecimal wanted) {
        return wanted.signum() != 0 && gap.abs().compareTo(wanted.abs().movePointLeft(14)) < 0;
    }

    static Difference shifted(String where, BigDecimal actual, BigDecimal wanted) {
        return new Difference(
                where + ": revenue is " + actual.toPlainString() + ", expected " + wanted.toPlainString()
                        + "; that is the revenue of the month before or after",
                "the months are shifted by one: each month is cut in one zone but labelled in another (to_char or"
                        + " ::date of a timestamptz, such as the result of date_trunc('month', placed_at, zone), work"
                        + " in the session's time zone, UTC here)",
                "turn the instant into the zone's wall-clock time once (placed_at at time zone ?) and take both the"
                        + " group and its label from that",
                3);
    }

    /** Whether an amount is the same category's revenue in the month before or after: months shifted by one. */
    static boolean isNeighbour(BigDecimal amount, ExpectedReport expected, int month, int category) {
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

    static ExpectedReport utcCut(ExpectedReport expected, SalesData data) {
        return data.report(expected.from(), expected.to(), expected.zone(), ZoneOffset.UTC);
    }
}
