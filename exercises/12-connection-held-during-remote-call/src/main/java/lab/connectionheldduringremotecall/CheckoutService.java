package lab.connectionheldduringremotecall;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CheckoutService {

    private final OrderRepository orders;
    private final PaymentClient payments;

    CheckoutService(OrderRepository orders, PaymentClient payments) {
        this.orders = orders;
        this.payments = payments;
    }

    // "All or nothing: an order is never stored without its payment's outcome."
    @Transactional
    PlacedOrder place(long productId, int quantity) {
        long price = orders.priceCents(productId).orElseThrow(() -> new ProductNotFoundException(productId));
        long total = price * quantity;
        long orderId = orders.insertPending(productId, quantity, total);
        Payment payment = payments.charge(orderId, total);
        String status = payment.approved() ? "PAID" : "PAYMENT_FAILED";
        orders.setStatus(orderId, status, payment.paymentId());
        return new PlacedOrder(orderId, productId, quantity, total, status);
    }
}
