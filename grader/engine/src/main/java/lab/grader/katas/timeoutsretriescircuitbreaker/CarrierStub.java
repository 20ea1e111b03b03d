package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import lab.grader.fixtures.StubDownstream;
import lab.grader.fixtures.StubRoute;
import lab.grader.model.KataFixture;

/**
 * Start the stand-in for the carrier: {@code GET /tracking/{id}} answers the shipment's tracking (from the run's
 * seed), 404 for the run's unknown shipment; {@code POST /pickups/{id}} books a pickup. The kata finds it as
 * {@code lab.downstream.carrier.url}; checks make it fail, hang (the gate) or answer 503 with {@code Retry-After}.
 */
final class CarrierStub {

    static final Duration LATENCY = Duration.ofMillis(20);
    private static final List<String> STATUSES = List.of("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
    private static final List<String> PLACES = List.of("Lyon", "Gent", "Porto", "Graz", "Turku", "Brno");

    private CarrierStub() {}

    static String trackingPath(long shipmentId) {
        return "/tracking/" + shipmentId;
    }

    static String pickupPath(long shipmentId) {
        return "/pickups/" + shipmentId;
    }

    static String trackingJson(long seed, long shipmentId) {
        int mix = Math.floorMod(Long.hashCode(seed * 31 + shipmentId), 1_000);
        return "{\"shipmentId\":" + shipmentId + ",\"status\":\"" + STATUSES.get(mix % STATUSES.size())
                + "\",\"location\":\"" + PLACES.get(mix % PLACES.size()) + "\",\"updatedAt\":\"2026-11-"
                + (10 + mix % 18) + "T" + (10 + mix % 12) + ":00:00Z\"}";
    }

    static KataFixture.Factory factory() {
        return context -> {
            StubDownstream stub =
                    (StubDownstream) StubDownstream.fixture("carrier").start(context);
            long seed = context.seed();
            stub.route(
                    "/tracking/",
                    StubRoute.json(key -> trackingJson(seed, parse(key))).latency(LATENCY));
            stub.route(
                    trackingPath(TrackingData.of(seed).unknownId()),
                    new StubRoute(
                            LATENCY,
                            404,
                            Map.of("Content-Type", "application/problem+json"),
                            key -> "{\"title\":\"Unknown shipment\",\"status\":404}"));
            stub.route(
                    "/pickups/",
                    StubRoute.json(key -> "{\"shipmentId\":" + parse(key) + ",\"pickupId\":\"pk-" + key + "\"}")
                            .latency(LATENCY));
            return stub;
        };
    }

    private static long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
