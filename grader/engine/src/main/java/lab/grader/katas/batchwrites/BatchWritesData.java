package lab.grader.katas.batchwrites;

import java.util.List;

/** What the grader seeded for the batch-writes kata: payments booked before the checks start. */
record BatchWritesData(List<PaymentLine> booked) {}
