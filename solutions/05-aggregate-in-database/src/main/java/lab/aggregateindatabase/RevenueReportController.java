package lab.aggregateindatabase;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class RevenueReportController {

    static final int MAX_MONTHS = 36;

    private final RevenueReports reports;

    RevenueReportController(RevenueReports reports) {
        this.reports = reports;
    }

    /** Return the revenue per month and category for the months from {@code from} to {@code to}, both included. */
    @GetMapping("/reports/revenue")
    RevenueReport revenue(
            @RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "UTC") String zone) {
        return reports.report(period(from, to, zone));
    }

    private static ReportPeriod period(String from, String to, String zone) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first.isAfter(last)) {
            throw badRequest("from must not be after to, was from=" + from + " and to=" + to);
        }
        // The cap keeps one request from summing the shop's whole history; the dashboard shows at most 3 years.
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw badRequest("a report covers at most " + MAX_MONTHS + " months, " + from + " to " + to + " is "
                    + (first.until(last, ChronoUnit.MONTHS) + 1) + " months");
        }
        return new ReportPeriod(first, last, zone(zone));
    }

    private static YearMonth month(String parameter, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw badRequest(parameter + " must be a month written yyyy-MM, such as 2025-01, was '" + value + "'");
        }
    }

    // Region names only (Europe/Berlin, UTC): they are the IANA names that Java and PostgreSQL both know, while an
    // offset such as +02:00 has no daylight saving time and PostgreSQL reads POSIX offsets with the opposite sign.
    private static ZoneId zone(String value) {
        if (!ZoneId.getAvailableZoneIds().contains(value)) {
            throw badRequest("zone must be an IANA time zone name such as Europe/Berlin or America/New_York, was '"
                    + value + "'");
        }
        return ZoneId.of(value);
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
