package lab.grader.katas.missingindex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the grader seeded for the missing-index kata. The rows themselves stay in the database (a few hundred
 * thousand of them), which is also where the checks read their expected answers; this record keeps the facts the
 * checks need to pick customers and ranges.
 *
 * @param firstCustomerId customers have the ids {@code firstCustomerId .. firstCustomerId + customers - 1}
 * @param keyAccountIds customers with thousands of orders, where reading all of a customer's orders hurts
 * @param boundaryCustomerId a customer with orders placed exactly on the edges of {@code boundaryFrom ..
 *     boundaryTo} and several at one instant
 * @param boundaryOrders those orders, each with whether the range includes it and why
 * @param keyAccountEmail the first key account's e-mail as stored, for exploring by hand
 */
record MissingIndexData(
        long firstCustomerId,
        int customers,
        List<Long> keyAccountIds,
        long boundaryCustomerId,
        LocalDate boundaryFrom,
        LocalDate boundaryTo,
        List<BoundaryOrder> boundaryOrders,
        long unknownCustomerId,
        String keyAccountEmail) {

    /** The day after the last seeded order: every order was placed in the two years before it. */
    static final LocalDate END = LocalDate.of(2026, 6, 1);

    static final LocalDate START = END.minusDays(730);

    record BoundaryOrder(long id, Instant placedAt, boolean inRange, String why) {}

    long customerAt(int offset) {
        return firstCustomerId + offset;
    }
}
