package lab.sqlinjection;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderController {

    private final OrderRepository orders;

    OrderController(OrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/orders/{id}")
    CustomerOrder order(@PathVariable String id) {
        return orders.find(id).orElseThrow(() -> new OrderNotFoundException(id));
    }
}
