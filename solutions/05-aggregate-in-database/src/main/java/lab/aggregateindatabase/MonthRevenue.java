package lab.aggregateindatabase;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** One month of the report: every category in name order, and their sum. */
record MonthRevenue(YearMonth month, BigDecimal total, List<CategoryRevenue> categories) {}
