package lab.boundedfanout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class BasketService {

    private final BasketRepository baskets;
    private final Downstreams downstreams;
    private final int inventoryLimit;

    BasketService(
            BasketRepository baskets,
            Downstreams downstreams,
            @Value("${downstream.inventory.max-concurrent-per-page}") int inventoryLimit) {
        this.baskets = baskets;
        this.downstreams = downstreams;
        this.inventoryLimit = inventoryLimit;
    }

    /**
     * Start every call at once, each on a virtual thread of this request's own executor: pricing, promotions, and the
     * stock of each line, at most {@code inventoryLimit} of those in flight (a semaphore per page). The page then
     * takes as long as its slowest path, not the sum of its calls. Pricing is mandatory: if it fails, the other calls
     * are cancelled and the page fails at once. Promotions are optional: if they fail or time out, the page says so in
     * {@code degraded} and goes on without a discount.
     */
    BasketPage page(long basketId) {
        if (!baskets.exists(basketId)) {
            throw new BasketNotFoundException(basketId);
        }
        List<BasketLine> lines = baskets.lines(basketId);
        ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Future<Map<String, Long>> prices = calls.submit(
                    () -> downstreams.prices(lines.stream().map(BasketLine::sku).toList()));
            Future<Long> discount = calls.submit(() -> downstreams.discountCents(basketId));
            Semaphore inventorySlots = new Semaphore(inventoryLimit);
            List<Future<Integer>> stock = new ArrayList<>();
            for (BasketLine line : lines) {
                stock.add(calls.submit(() -> {
                    inventorySlots.acquire();
                    try {
                        return downstreams.available(line.sku());
                    } finally {
                        inventorySlots.release();
                    }
                }));
            }
            // Known-bad: every line's stock first, then the prices: when pricing fails, the page still waits for
            // all the inventory calls before it finds out.
            List<Integer> available = new ArrayList<>();
            for (Future<Integer> line : stock) {
                available.add(mandatory(line));
            }
            Map<String, Long> unitPrices = mandatory(prices);
            List<String> degraded = new ArrayList<>();
            long discountCents = optional(discount, "promotions", degraded);
            List<BasketPage.Line> pageLines = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                BasketLine line = lines.get(i);
                pageLines.add(new BasketPage.Line(
                        line.sku(), line.quantity(), unitPrices.get(line.sku()), available.get(i)));
            }
            return BasketPages.of(basketId, pageLines, discountCents, degraded);
        } finally {
            // Cancels what is still running (after a mandatory call failed); close() then finds nothing to wait for.
            calls.shutdownNow();
            calls.close();
        }
    }

    private static <T> T mandatory(Future<T> call) {
        try {
            return call.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while putting the basket page together", e);
        }
    }

    private static long optional(Future<Long> call, String part, List<String> degraded) {
        try {
            return call.get();
        } catch (ExecutionException e) {
            degraded.add(part);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while putting the basket page together", e);
        }
    }
}
