package lab.timeoutsretriescircuitbreaker;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrackingController {

    private final CarrierClient carrier;

    TrackingController(CarrierClient carrier) {
        this.carrier = carrier;
    }

    @GetMapping("/shipments/{id}/tracking")
    Tracking tracking(@PathVariable("id") long id) {
        return carrier.tracking(valid(id));
    }

    @PostMapping("/shipments/{id}/pickup")
    @ResponseStatus(HttpStatus.CREATED)
    Pickup pickup(@PathVariable("id") long id) {
        return carrier.bookPickup(valid(id));
    }

    private static long valid(long id) {
        if (id < 1) {
            throw new InvalidShipmentIdException(id);
        }
        return id;
    }
}
