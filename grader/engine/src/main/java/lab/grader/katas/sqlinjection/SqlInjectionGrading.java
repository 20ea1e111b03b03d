package lab.grader.katas.sqlinjection;

import java.util.List;
import java.util.Set;
import lab.grader.model.Check;
import lab.grader.model.KataDefinition;
import lab.grader.model.KataGrading;
import lab.grader.model.SeedContext;

/**
 * Grade 14-sql-injection by attacking it: ordinary searches must return exactly the right rows (names with quotes and
 * LIKE's wildcards included); real injection payloads in every parameter must leak no planted secret, answer no
 * true/false question, change no row; and no statement's SQL text may ever hold what the client sent.
 */
public final class SqlInjectionGrading implements KataGrading<SupportData> {

    @Override
    public KataDefinition definition() {
        return new KataDefinition(
                "14-sql-injection",
                "security",
                "SQL injection",
                "lab.sqlinjection.SupportConsoleApplication",
                1,
                KataDefinition.DEFAULT_JVM_OPTIONS,
                Set.of(
                        "search-correct",
                        "no-exfiltration",
                        "no-blind-oracle",
                        "no-side-effects",
                        "input-never-in-sql"));
    }

    @Override
    public SupportData seed(SeedContext context) throws Exception {
        return SupportSeeder.seed(context.connection(), context.random());
    }

    @Override
    public List<Check<SupportData>> checks() {
        return List.of(
                new Check<>(
                        "search-correct",
                        1,
                        "Searches return the right rows, quotes and wildcards taken literally",
                        2,
                        new SearchCorrect()),
                new Check<>(
                        "no-exfiltration",
                        2,
                        "Injection attacks get no secret and no extra row out",
                        3,
                        new NoExfiltration()),
                new Check<>(
                        "no-blind-oracle",
                        3,
                        "A true and a false injected condition get the same answer",
                        2,
                        new NoBlindOracle()),
                new Check<>("no-side-effects", 4, "Stacked statements change no row", 2, new NoSideEffects()),
                new Check<>(
                        "input-never-in-sql",
                        5,
                        "No input ever becomes part of a statement's SQL text",
                        2,
                        new InputNeverInSql()));
    }

    @Override
    public List<String> explorationHints(SupportData data, List<String> baseUrls) {
        String base = baseUrls.getFirst();
        return List.of(
                "curl -s '" + base + "/customers/search?q=son&status=ACTIVE&sort=name&dir=desc&limit=5'",
                "curl -s '" + base + "/customers/search?q=O%27Brien'   (an apostrophe)",
                "curl -s '" + base + "/customers/search?q=100%25'   (a literal percent sign)",
                "curl -s '" + base + "/orders/" + data.orders().getFirst().id() + "'",
                "curl -s '" + base + "/customers/search?q=%27%20UNION%20SELECT%20id,username,api_key,%27x%27,%27x%27"
                        + "%20FROM%20staff_account--'   (what an attacker tries)");
    }
}
