package lab.timeoutsretriescircuitbreaker;

/** A pickup the carrier booked for a shipment. */
record Pickup(long shipmentId, String pickupId) {}
