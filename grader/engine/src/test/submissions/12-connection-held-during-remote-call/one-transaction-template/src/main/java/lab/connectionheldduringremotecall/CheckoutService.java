package lab.connectionheldduringremotecall;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class CheckoutService {

    private final OrderRepository orders;
    private final PaymentClient payments;
    private final TransactionTemplate transaction;

    CheckoutService(OrderRepository orders, PaymentClient payments, TransactionTemplate transaction) {
        this.orders = orders;
        this.payments = payments;
        this.transaction = transaction;
    }

    // Known-bad: "two steps" written as one TransactionTemplate around all three: the insert commits only after the
    // payment call, and the connection is held for the whole of it.
    PlacedOrder place(long productId, int quantity) {
        return transaction.execute(status -> {
            long price = orders.priceCents(productId).orElseThrow(() -> new ProductNotFoundException(productId));
            long total = price * quantity;
            long orderId = orders.insertPending(productId, quantity, total);
            Payment payment = payments.charge(orderId, total);
            String outcome = payment.approved() ? "PAID" : "PAYMENT_FAILED";
            orders.setStatus(orderId, outcome, payment.paymentId());
            return new PlacedOrder(orderId, productId, quantity, total, outcome);
        });
    }
}
