package lab.timeoutsretriescircuitbreaker;

/** A shipment's tracking, as the carrier reports it. */
record Tracking(long shipmentId, String status, String location, String updatedAt) {}
