package lab.boundedfanout;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BasketController {

    private final BasketService baskets;

    BasketController(BasketService baskets) {
        this.baskets = baskets;
    }

    @GetMapping("/baskets/{id}")
    BasketPage basket(@PathVariable("id") long id) {
        if (id < 1) {
            throw new InvalidBasketIdException(id);
        }
        return baskets.page(id);
    }
}
