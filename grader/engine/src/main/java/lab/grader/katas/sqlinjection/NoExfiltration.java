package lab.grader.katas.sqlinjection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.grader.katas.sqlinjection.SupportData.SeededCustomer;
import lab.grader.kit.HttpAnswers;
import lab.grader.kit.Text;
import lab.grader.model.CheckBody;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.model.Verdict;
import lab.grader.probes.BurstAnswer;
import tools.jackson.databind.JsonNode;

/**
 * The attacks of {@link Attacks#EXFILTRATION}: no answer (body or header) and no line of the kata's log may hold a
 * secret the grader planted, and no answer may carry a row the request did not ask for: any row for a search text or
 * status nobody has, a row that is not a customer as seeded, any order for an id that is not a number.
 */
final class NoExfiltration implements CheckBody<SupportData> {

    @Override
    public Verdict run(KataRun kata, SupportData data) throws Exception {
        List<BurstAnswer> answers = Attacks.send(kata, data, Attacks.EXFILTRATION);
        List<String> leaks = new ArrayList<>();
        int leakingAttacks = 0;
        int throughErrors = 0;
        for (int i = 0; i < answers.size(); i++) {
            Attack attack = Attacks.EXFILTRATION.get(i).marked(data);
            BurstAnswer answer = answers.get(i);
            List<String> secrets = data.canaries().in(answer);
            Optional<String> extra = extraRows(attack, answer, data);
            if (!secrets.isEmpty() || extra.isPresent()) {
                leakingAttacks++;
                throughErrors += answer.status() >= 400 ? 1 : 0;
                if (leaks.size() < 2) {
                    leaks.add(attack.name() + " (" + attack.describe() + "): HTTP " + answer.status() + ", "
                            + (secrets.isEmpty() ? "" : secrets.size() + " secret(s), e.g. " + secrets.getFirst())
                            + extra.map(rows -> (secrets.isEmpty() ? "" : "; ") + rows)
                                    .orElse(""));
                }
            }
        }
        List<String> inLog = data.canaries().inFile(kata.instance(0).log());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("attacks", answers.size());
        metrics.put("attacksThatLeaked", leakingAttacks);
        metrics.put("secretsInTheLog", inLog.size());
        if (leakingAttacks > 0 || !inLog.isEmpty()) {
            String actual = leakingAttacks + " of " + answers.size() + " attacks leaked" + (leaks.isEmpty() ? "" : ": ")
                    + String.join("; ", leaks)
                    + (inLog.isEmpty()
                            ? ""
                            : (leakingAttacks > 0 ? ". " : ". ") + "The kata's log holds " + inLog.size()
                                    + " secret(s), e.g. " + inLog.getFirst() + " ("
                                    + kata.instance(0).log().getFileName()
                                    + ")");
            boolean onlyErrors = leakingAttacks > 0 && throughErrors == leakingAttacks;
            throw Feedback.check(answers.size() + " injection attacks (UNION, tautologies, errors that quote a value,"
                            + " stacked statements, in q, status, sort, dir and the order id) should get nothing out of"
                            + " the database.")
                    .expected("no staff API key or internal note in any answer or in the log, and no row the request"
                            + " did not ask for")
                    .actual(actual)
                    .cause(
                            leakingAttacks == 0
                                    ? "a statement built from the input failed, and the database's message, which quotes"
                                            + " the value it could not read, went to the log"
                                    : onlyErrors
                                            ? "error answers carry the database's own message, which quotes the value a"
                                                    + " bad cast read"
                                            : "the input is pasted into the SQL text, so it can end the string and add"
                                                    + " its own SQL")
                    .next("bind every value as a parameter (JdbcClient's .param), pick ORDER BY from an allow-list,"
                            + " take the order id as a number, and answer database errors with a generic 500")
                    .hint(1)
                    .failure(metrics);
        }
        return Verdict.pass(metrics);
    }

    /** What the answer carries that the request did not ask for, if anything. */
    static Optional<String> extraRows(Attack attack, BurstAnswer answer, SupportData data) {
        if (answer.status() != 200) {
            return Optional.empty();
        }
        JsonNode body = HttpAnswers.readOrMissing(answer.body());
        if (attack.field() == Attack.Field.ORDER_ID) {
            return Optional.of("an order for an id that is not a number: " + Text.quote(answer.body(), 80));
        }
        if (!body.isArray() || body.isEmpty()) {
            return Optional.empty();
        }
        boolean anyRowIsExtra = attack.field() == Attack.Field.Q || attack.field() == Attack.Field.STATUS;
        for (JsonNode row : body) {
            Optional<SeededCustomer> customer = data.customer(row.path("id").asLong(-1));
            boolean genuine = customer.isPresent()
                    && customer.get().name().equals(row.path("name").asString(""))
                    && customer.get().email().equals(row.path("email").asString(""));
            if (anyRowIsExtra || !genuine) {
                return Optional.of(body.size() + " row(s), e.g. " + Text.quote(row.toString(), 60));
            }
        }
        return Optional.empty();
    }
}
