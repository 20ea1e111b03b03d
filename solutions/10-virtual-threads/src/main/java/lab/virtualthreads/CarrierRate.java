package lab.virtualthreads;

import java.math.BigDecimal;

/** The carrier's price for one parcel, as its rate API answers it. */
record CarrierRate(BigDecimal amount, String currency) {}
