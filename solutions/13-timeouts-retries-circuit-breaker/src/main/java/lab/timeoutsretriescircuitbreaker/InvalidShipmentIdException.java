package lab.timeoutsretriescircuitbreaker;

class InvalidShipmentIdException extends RuntimeException {

    InvalidShipmentIdException(long shipmentId) {
        super("a shipment id is a positive number, was " + shipmentId);
    }
}
