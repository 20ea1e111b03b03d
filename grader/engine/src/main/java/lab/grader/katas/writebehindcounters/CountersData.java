package lab.grader.katas.writebehindcounters;

import java.util.List;

/**
 * The products the grader seeded. Each check counts views of products of its own, so that one check's events never
 * change the figures another compares.
 */
final class CountersData {

    private final List<Long> products;
    private int next;

    CountersData(List<Long> products) {
        this.products = products;
    }

    /** A product to try by hand; it takes nothing from the checks' share. */
    long anyProduct() {
        return products.getFirst();
    }

    synchronized List<Long> freshProducts(int count) {
        List<Long> taken = products.subList(next, next + count);
        next += count;
        return List.copyOf(taken);
    }
}
