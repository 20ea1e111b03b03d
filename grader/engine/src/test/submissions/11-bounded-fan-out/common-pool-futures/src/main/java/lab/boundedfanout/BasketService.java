package lab.boundedfanout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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

    // Known-bad: CompletableFuture.supplyAsync with no executor runs every call on the common ForkJoinPool: as many
    // at once as it has threads (cores minus one on a laptop; the grader pins it to 3), blocked while they wait.
    BasketPage page(long basketId) {
        if (!baskets.exists(basketId)) {
            throw new BasketNotFoundException(basketId);
        }
        List<BasketLine> lines = baskets.lines(basketId);
        CompletableFuture<Map<String, Long>> prices = CompletableFuture.supplyAsync(
                () -> downstreams.prices(lines.stream().map(BasketLine::sku).toList()));
        CompletableFuture<Long> discount = CompletableFuture.supplyAsync(() -> downstreams.discountCents(basketId));
        List<CompletableFuture<Integer>> stock = new ArrayList<>();
        for (BasketLine line : lines) {
            stock.add(CompletableFuture.supplyAsync(() -> downstreams.available(line.sku())));
        }
        Map<String, Long> unitPrices = mandatory(prices);
        List<String> degraded = new ArrayList<>();
        long discountCents = optional(discount, "promotions", degraded);
        List<BasketPage.Line> pageLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BasketLine line = lines.get(i);
            pageLines.add(new BasketPage.Line(
                    line.sku(), line.quantity(), unitPrices.get(line.sku()), mandatory(stock.get(i))));
        }
        return BasketPages.of(basketId, pageLines, discountCents, degraded);
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
