package lab.connectionheldduringremotecall;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CheckoutController {

    private final CheckoutService checkout;

    CheckoutController(CheckoutService checkout) {
        this.checkout = checkout;
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    PlacedOrder place(@RequestBody OrderRequest request) {
        if (request.productId() == null || request.productId() < 1) {
            throw new InvalidOrderException("productId must be a whole number, 1 or more");
        }
        if (request.quantity() == null || request.quantity() < 1 || request.quantity() > 100) {
            throw new InvalidOrderException("quantity must be between 1 and 100");
        }
        return checkout.place(request.productId(), request.quantity());
    }
}
