package lab.aggregateindatabase;

import java.math.BigDecimal;

/** One category's revenue in one month: the sum of quantity x unit price over its order lines. */
record CategoryRevenue(String category, BigDecimal revenue) {}
