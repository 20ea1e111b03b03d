package lab.sqlinjection;

import java.math.BigDecimal;

record CustomerOrder(long id, long customerId, BigDecimal total, String status) {}
