package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.util.List;
import java.util.stream.LongStream;

/**
 * The run's shipments, which the carrier stand-in knows, and one it does not. Each check tracks shipments of its
 * own.
 */
record TrackingData(long seed, List<Long> shipments, long unknownId) {

    static TrackingData of(long seed) {
        long base = 1_000 + Math.floorMod(seed, 900_000);
        List<Long> shipments =
                LongStream.range(0, 40).map(i -> base + i * 13).boxed().toList();
        return new TrackingData(seed, shipments, base + 40 * 13 + 1);
    }

    long shipment(int index) {
        return shipments.get(index);
    }
}
