package lab.grader.katas.sqlinjection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.kit.ResponseOracle;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;

/**
 * The pairs of {@link BlindPair#ALL}: for each, the answer to the true condition and the answer to the false one
 * must be the same (status, headers but Date, body, each with its own input masked out). No pair is judged by time.
 */
final class NoBlindOracle implements CheckBody<SupportData> {

    @Override
    public Verdict run(KataRun kata, SupportData data) throws Exception {
        List<BurstAnswer> answers = Attacks.send(kata, data, BlindPair.allAttacks());
        List<String> differing = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < BlindPair.ALL.size(); i++) {
            BlindPair pair = BlindPair.ALL.get(i);
            Attack whenTrue = pair.whenTrue().marked(data);
            Attack whenFalse = pair.whenFalse().marked(data);
            Optional<String> difference = ResponseOracle.difference(
                    answers.get(2 * i), whenTrue.value(), answers.get(2 * i + 1), whenFalse.value());
            if (difference.isPresent()) {
                count++;
                if (differing.size() < 2) {
                    differing.add(pair.name() + ": " + whenTrue.describe() + " and " + whenFalse.describe()
                            + " differ in " + difference.get());
                }
            }
        }
        Map<String, Object> metrics = Map.of("pairs", BlindPair.ALL.size(), "pairsThatDiffer", count);
        if (count > 0) {
            throw Feedback.check(BlindPair.ALL.size() + " pairs of inputs, each the same but for an injected condition"
                            + " that is true in one and false in the other, should get the same answer.")
                    .expected("0 pairs whose answers differ (an attacker learns one yes-or-no about the database from"
                            + " each pair that does)")
                    .actual(count + " of " + BlindPair.ALL.size() + " differ: " + String.join("; ", differing))
                    .cause("the condition became part of the query: the input is pasted into the SQL (the search"
                            + " text, the status, the ORDER BY or the id), even where nothing leaks outright")
                    .next("bind values; for sort and dir, map the input to a column from an allow-list and a"
                            + " direction from an enum, and answer anything else with the same 400")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
