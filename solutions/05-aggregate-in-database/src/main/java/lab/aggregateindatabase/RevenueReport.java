package lab.aggregateindatabase;

import java.time.YearMonth;
import java.util.List;

/** The revenue report as the finance dashboard reads it: every month from {@code from} to {@code to}. */
record RevenueReport(YearMonth from, YearMonth to, String zone, List<MonthRevenue> months) {}
