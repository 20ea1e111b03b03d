package lab.boundedfanout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
class BasketService {

    private final BasketRepository baskets;
    private final Downstreams downstreams;

    BasketService(BasketRepository baskets, Downstreams downstreams) {
        this.baskets = baskets;
        this.downstreams = downstreams;
    }

    // One call after another: pricing, promotions, then the stock of each line.
    BasketPage page(long basketId) {
        if (!baskets.exists(basketId)) {
            throw new BasketNotFoundException(basketId);
        }
        List<BasketLine> lines = baskets.lines(basketId);
        Map<String, Long> prices =
                downstreams.prices(lines.stream().map(BasketLine::sku).toList());
        long discount = downstreams.discountCents(basketId);
        List<BasketPage.Line> pageLines = new ArrayList<>();
        for (BasketLine line : lines) {
            int available = downstreams.available(line.sku());
            pageLines.add(new BasketPage.Line(line.sku(), line.quantity(), prices.get(line.sku()), available));
        }
        return BasketPages.of(basketId, pageLines, discount, List.of());
    }
}
