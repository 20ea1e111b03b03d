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

    // Known-bad: virtual threads, but the transaction holds a connection for the whole carrier call, so the pool (6)
    // caps the requests in flight.
    @Transactional(readOnly = true)
    Quote quote(long orderId) {
        ShipmentOrder order = orders.find(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        CarrierRate rate = carrier.rate(order);
        return new Quote(order.id(), order.carrier(), rate.amount(), rate.currency());
    }
}
