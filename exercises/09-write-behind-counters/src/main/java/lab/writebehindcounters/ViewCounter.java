package lab.writebehindcounters;

import org.springframework.stereotype.Service;

/**
 * Count page views.
 *
 * <p>Every view is an UPDATE and a commit on a few hot rows: at peak, thousands a second queue up behind each other's
 * row locks and take the connection pool with them. Two instances of this service share PostgreSQL and one Redis.
 * See the README.
 */
@Service
class ViewCounter {

    private final ViewRepository views;

    ViewCounter(ViewRepository views) {
        this.views = views;
    }

    void record(long productId) {
        views.addOne(productId);
    }

    ProductStats stats(long productId) {
        long stored = views.views(productId).orElseThrow(() -> new ProductNotFoundException(productId));
        return new ProductStats(productId, stored);
    }

    /** Nothing waits to be written: every view is written at once. */
    FlushResult flush() {
        return FlushResult.NOTHING;
    }
}
