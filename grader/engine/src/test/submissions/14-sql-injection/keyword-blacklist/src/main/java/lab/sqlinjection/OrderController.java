package lab.sqlinjection;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Known-bad: the starter's concatenation behind a keyword filter. */
@RestController
class OrderController {

    private final OrderRepository orders;

    OrderController(OrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/orders/{id}")
    CustomerOrder order(@PathVariable String id) {
        if (id.matches("(?is).*(union|select|--|;|/\\*|sleep).*")) {
            throw new OrderNotFoundException("(forbidden)");
        }
        return orders.find(id).orElseThrow(() -> new OrderNotFoundException(id));
    }
}
