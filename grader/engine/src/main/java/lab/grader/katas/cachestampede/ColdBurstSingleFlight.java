package lab.grader.katas.cachestampede;

import lab.grader.model.CheckBody;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/** A burst for a category nobody has loaded yet makes one call to the pricing service, across both instances. */
final class ColdBurstSingleFlight implements CheckBody<StampedeData> {

    @Override
    public Verdict run(KataRun kata, StampedeData data) throws Exception {
        long category = data.freshCategory();
        HeldBurst.Outcome outcome = HeldBurst.send(kata, category, HeldBurst.REQUESTS);
        String burst =
                "A burst of " + HeldBurst.REQUESTS + " requests for category " + category + ", never loaded before,";
        BurstAnswers.requireAllPrices(outcome, data, category, "a burst for a category never loaded before", 2);
        SingleFlight.requireOneLoad(outcome, category, burst, 1);
        return Verdict.pass(outcome.metrics());
    }
}
