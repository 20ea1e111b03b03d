package lab.grader.katas.conditionalrequests;

import java.util.List;

/**
 * The categories the grader seeded. Each check takes categories of its own, so that one check's changes never move
 * another's versions.
 */
final class CatalogData {

    private final List<Long> categories;
    private final long unknownCategory;
    private int next;

    CatalogData(List<Long> categories, long unknownCategory) {
        this.categories = categories;
        this.unknownCategory = unknownCategory;
    }

    synchronized long freshCategory() {
        return categories.get(next++);
    }

    List<Long> categories() {
        return categories;
    }

    long unknownCategory() {
        return unknownCategory;
    }
}
