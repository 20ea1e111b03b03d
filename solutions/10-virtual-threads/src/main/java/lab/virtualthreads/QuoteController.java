package lab.virtualthreads;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QuoteController {

    private final QuoteService quotes;

    QuoteController(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GetMapping("/quotes/{orderId}")
    Quote quote(@PathVariable("orderId") long orderId) {
        if (orderId < 1) {
            throw new InvalidOrderIdException(orderId);
        }
        return quotes.quote(orderId);
    }
}
