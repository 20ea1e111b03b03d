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

    /** An id that is not a number never reaches the database: Spring answers 400 (ApiExceptionHandler). */
    @GetMapping("/orders/{id}")
    CustomerOrder order(@PathVariable long id) {
        return orders.find(id).orElseThrow(() -> new OrderNotFoundException(String.valueOf(id)));
    }
}
