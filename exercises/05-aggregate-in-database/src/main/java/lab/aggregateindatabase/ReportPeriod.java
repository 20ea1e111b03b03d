package lab.aggregateindatabase;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * The months a report covers, from {@code from} to {@code to} inclusive, as calendar months in {@code zone}:
 * March in Berlin starts an hour (in summer two) before March in UTC, and in New York four or five hours after.
 */
record ReportPeriod(YearMonth from, YearMonth to, ZoneId zone) {

    /** Every month of the period, oldest first. */
    List<YearMonth> months() {
        return Stream.iterate(from, month -> !month.isAfter(to), month -> month.plusMonths(1))
                .toList();
    }

    /** The first instant of the period: midnight on the first day of {@code from}, in the zone. */
    OffsetDateTime start() {
        return startOf(from);
    }

    /** The first instant after the period: midnight on the first day of the month after {@code to}, in the zone. */
    OffsetDateTime end() {
        return startOf(to.plusMonths(1));
    }

    /** The local start of the first month, e.g. 2025-01-01T00:00, as the zone's wall clock shows it. */
    LocalDateTime firstMonthStart() {
        return from.atDay(1).atStartOfDay();
    }

    /** The local start of the last month, e.g. 2025-12-01T00:00. */
    LocalDateTime lastMonthStart() {
        return to.atDay(1).atStartOfDay();
    }

    // In UTC so that the driver sends an unambiguous timestamptz, whatever the JVM's default zone.
    private OffsetDateTime startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
