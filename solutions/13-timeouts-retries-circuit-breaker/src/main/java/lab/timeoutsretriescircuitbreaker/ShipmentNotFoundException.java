package lab.timeoutsretriescircuitbreaker;

class ShipmentNotFoundException extends RuntimeException {

    ShipmentNotFoundException(long shipmentId) {
        super("the carrier knows no shipment " + shipmentId);
    }
}
