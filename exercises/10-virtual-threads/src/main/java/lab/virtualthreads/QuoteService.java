package lab.virtualthreads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class QuoteService {

    private final OrderRepository orders;
    private final CarrierClient carrier;

    QuoteService(OrderRepository orders, CarrierClient carrier) {
        this.orders = orders;
        this.carrier = carrier;
    }

    // "Read-only and transactional: the order and its quote come from one consistent read."
    @Transactional(readOnly = true)
    Quote quote(long orderId) {
        ShipmentOrder order = orders.find(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        CarrierRate rate = carrier.rate(order);
        return new Quote(order.id(), order.carrier(), rate.amount(), rate.currency());
    }
}
