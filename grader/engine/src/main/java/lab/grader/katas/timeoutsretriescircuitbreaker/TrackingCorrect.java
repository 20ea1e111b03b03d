package lab.grader.katas.timeoutsretriescircuitbreaker;

import java.util.Map;
import lab.grader.kit.ProblemDetails;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/** Tracking read through the service is the carrier's; an unknown shipment and bad ids get problem details. */
final class TrackingCorrect implements CheckBody<TrackingData> {

    private static final int SHIPMENTS = 8;

    @Override
    public Verdict run(KataRun kata, TrackingData data) throws Exception {
        for (int i = 0; i < SHIPMENTS; i++) {
            long shipment = data.shipment(i);
            BurstAnswer answer = TrackingReads.get(kata, 1, 1, n -> shipment).getFirst();
            if (!TrackingReads.isTracking(answer, data, shipment)) {
                throw Feedback.check("GET " + TrackingReads.path(shipment) + " should answer the carrier's tracking.")
                        .expected("HTTP 200 " + CarrierStub.trackingJson(data.seed(), shipment))
                        .actual(answer.answered() ? "HTTP " + answer.status() + " " + answer.body() : answer.failure())
                        .cause("the carrier's answer is changed on the way, or the call fails")
                        .next(TrackingReads.SEE_THE_LOG)
                        .failure();
            }
        }
        String unknown = TrackingReads.path(data.unknownId());
        ProblemDetails.expect(404)
                .check(
                        kata.instance(0).http().get(unknown),
                        "GET " + unknown,
                        "the carrier knows no such shipment (it answers 404)",
                        "turn the carrier's 404 into ShipmentNotFoundException, as the starter does",
                        1);
        for (String bad : new String[] {"abc", "0"}) {
            String path = "/shipments/" + bad + "/tracking";
            ProblemDetails.expect(400)
                    .check(
                            kata.instance(0).http().get(path),
                            "GET " + path,
                            "a shipment id is a whole number, 1 or more",
                            "keep TrackingController's check and ApiExceptionHandler as the starter has them",
                            1);
        }
        return Verdict.pass(Map.of("shipmentsTracked", SHIPMENTS, "badRequestsChecked", 3));
    }
}
