package lab.cachestampede;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PriceController {

    private final PriceCache prices;

    PriceController(PriceCache prices) {
        this.prices = prices;
    }

    @GetMapping("/categories/{id}/prices")
    CategoryPrices prices(@PathVariable("id") long id) {
        if (id < 1) {
            throw new InvalidCategoryException(id);
        }
        return prices.find(id);
    }
}
