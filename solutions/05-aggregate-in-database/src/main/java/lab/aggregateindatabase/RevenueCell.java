package lab.aggregateindatabase;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One cell of the month x category grid the repository answers with. */
record RevenueCell(YearMonth month, String category, BigDecimal revenue) {}
