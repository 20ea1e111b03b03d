package lab.grader.katas.sqlinjection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.grader.kit.Measured;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;

/**
 * Plain inputs that only carry the run's marker (a search text, a status, a sort field, a direction, an order id),
 * two that only make the database wait, and every attack of the other checks: no statement the probe saw may hold the
 * marker in its SQL text. A value bound as a parameter never does, whatever it holds; one pasted into the text always
 * does, even when quotes were doubled or keywords filtered.
 */
final class InputNeverInSql implements CheckBody<SupportData> {

    @Override
    public Verdict run(KataRun kata, SupportData data) throws Exception {
        List<Attack> inputs = new ArrayList<>(Attacks.PLAIN_AND_TIMED);
        inputs.addAll(Attacks.EXFILTRATION);
        inputs.addAll(BlindPair.allAttacks());
        Measured<?> measured = Measured.around(kata, () -> Attacks.send(kata, data, inputs));
        List<String> texts = measured.sql().textsContaining(data.marker());
        Map<String, Object> metrics = Map.of(
                "inputs", inputs.size(),
                "statements", measured.sql().statements(),
                "statementsWithTheMarker", texts.size());
        if (!texts.isEmpty()) {
            throw Feedback.check(inputs.size() + " inputs, each holding the word " + data.marker() + " (plain values"
                            + " as well as attacks), should never become part of a statement's SQL text.")
                    .expected("0 statements whose text contains " + data.marker())
                    .actual(texts.size() + " distinct statements, e.g. "
                            + String.join(
                                    " | ",
                                    texts.stream()
                                            .limit(2)
                                            .map(sql -> Text.quote(sql, 160))
                                            .toList()))
                    .cause("the input is pasted into the SQL text; escaping quotes or filtering keywords still leaves"
                            + " it there, where the next trick may get through")
                    .next("send every value as a bind parameter, and build the only variable SQL (ORDER BY) from"
                            + " constants chosen by an allow-list")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }
}
