package lab.virtualthreads;

import org.springframework.stereotype.Service;

@Service
class QuoteService {

    private final OrderRepository orders;
    private final CarrierClient carrier;

    QuoteService(OrderRepository orders, CarrierClient carrier) {
        this.orders = orders;
        this.carrier = carrier;
    }

    // No transaction around the two steps: the lookup is one statement, and its connection goes back to the pool as
    // soon as it returns, before the carrier call. A transaction here would hold it for the whole call.
    Quote quote(long orderId) {
        ShipmentOrder order = orders.find(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        CarrierRate rate = carrier.rate(order);
        return new Quote(order.id(), order.carrier(), rate.amount(), rate.currency());
    }
}
