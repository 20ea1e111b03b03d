package lab.connectionheldduringremotecall;

import org.springframework.stereotype.Service;

@Service
class CheckoutService {

    private final OrderRepository orders;
    private final PaymentClient payments;

    CheckoutService(OrderRepository orders, PaymentClient payments) {
        this.orders = orders;
        this.payments = payments;
    }

    /**
     * Three steps, and a connection only in the first and the last. The order is stored as PENDING and committed
     * (one statement, in auto-commit), so that it exists, visible to anyone, before the money moves. The payment call
     * holds no connection: a second of waiting costs the pool nothing. Its answer is stored in a second statement.
     * If the provider fails, the order stays PENDING: the charge may have gone through, and the Idempotency-Key
     * makes a later retry of the same order safe.
     */
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
