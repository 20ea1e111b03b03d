package lab.grader.katas.sqlinjection;

import static lab.grader.katas.sqlinjection.Attack.Field.DIR;
import static lab.grader.katas.sqlinjection.Attack.Field.ORDER_ID;
import static lab.grader.katas.sqlinjection.Attack.Field.Q;
import static lab.grader.katas.sqlinjection.Attack.Field.SORT;
import static lab.grader.katas.sqlinjection.Attack.Field.STATUS;

import java.time.Duration;
import java.util.List;
import lab.grader.model.KataRun;
import lab.grader.probes.BurstAnswer;
import lab.grader.probes.LoadDriver;

/**
 * The grader's payloads, each with the run's marker ({@code {M}}): the classic ways to read what a query was not
 * written to return (UNION, tautologies, errors that quote a value, stacked statements) in every place input reaches
 * the SQL, and variants a keyword filter misses (case, comments, nesting). The UNIONs match the starter's column
 * lists: customer search returns id and four texts, an order id, a customer id, a total and a status.
 */
final class Attacks {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Attacks that read secrets or rows they should not. */
    static final List<Attack> EXFILTRATION = List.of(
            new Attack(
                    "UNION with the staff table",
                    Q,
                    "{M}' UNION SELECT id, username, api_key, 'x', 'x' FROM staff_account--"),
            new Attack(
                    "UNION with the internal notes",
                    Q,
                    "{M}' UNION ALL SELECT id, name, internal_note, status, city FROM customer--"),
            new Attack(
                    "UNION in mixed case", Q, "{M}' uNiOn SeLeCt id, username, api_key, 'x', 'x' FrOm staff_account--"),
            new Attack(
                    "UNION with comments for spaces",
                    Q,
                    "{M}'/**/UNION/**/SELECT/**/id,username,api_key,'x','x'/**/FROM/**/staff_account--"),
            new Attack(
                    "UNION with nested keywords",
                    Q,
                    "{M}' UNunionION SELselectECT id, username, api_key, 'x', 'x' FRfromOM staff_account--"),
            new Attack(
                    "UNION with an upper-cased secret",
                    Q,
                    "{M}' UNION SELECT id, upper(username), upper(api_key), 'x', 'x' FROM staff_account--"),
            new Attack("tautology after the pattern", Q, "{M}%' OR name ILIKE '%"),
            new Attack("tautology with a comment", Q, "{M}' OR 1=1--"),
            new Attack(
                    "error that quotes a secret",
                    Q,
                    "{M}' AND 1=CAST((SELECT api_key FROM staff_account ORDER BY id LIMIT 1) AS int)--"),
            new Attack(
                    "error that quotes every secret",
                    Q,
                    "{M}' AND 1=CAST((SELECT string_agg(api_key, ',') FROM staff_account) AS int)--"),
            new Attack("stacked read", Q, "{M}'; SELECT id, username, api_key, 'x', 'x' FROM staff_account--"),
            new Attack(
                    "UNION in the status",
                    STATUS,
                    "{M}' UNION SELECT id, username, api_key, 'x', 'x' FROM staff_account--"),
            new Attack("tautology in the status", STATUS, "{M}' OR 'a'='a"),
            new Attack(
                    "error in the status",
                    STATUS,
                    "{M}' AND 1=CAST((SELECT api_key FROM staff_account ORDER BY id DESC LIMIT 1) AS int)--"),
            new Attack(
                    "error in the sort",
                    SORT,
                    "CAST((SELECT api_key || '{M}' FROM staff_account ORDER BY id LIMIT 1) AS int)"),
            new Attack(
                    "subquery in the sort",
                    SORT,
                    "(SELECT CAST(string_agg(api_key, ',') AS int) FROM staff_account WHERE '{M}' = '{M}')"),
            new Attack(
                    "stacked read in the sort",
                    SORT,
                    "name; SELECT id, username, api_key, 'x', 'x' FROM staff_account--{M}"),
            new Attack(
                    "error in the direction",
                    DIR,
                    "ASC, CAST((SELECT api_key FROM staff_account ORDER BY id LIMIT 1) AS int)--{M}"),
            new Attack("UNION on the order id", ORDER_ID, "0 UNION SELECT id, id, 0, api_key FROM staff_account--{M}"),
            new Attack("tautology on the order id", ORDER_ID, "0 OR 1=1--{M}"),
            new Attack("tautology on the order id, no comment", ORDER_ID, "0 or 1=1 and '{M}'='{M}'"),
            new Attack(
                    "error on the order id",
                    ORDER_ID,
                    "1 AND 1=CAST((SELECT api_key FROM staff_account ORDER BY id LIMIT 1) AS int)--{M}"),
            new Attack(
                    "nested UNION on the order id",
                    ORDER_ID,
                    "(SELECT 0) UNION (SELECT id, id, 0, api_key FROM staff_account)--{M}"),
            new Attack(
                    "stacked read on the order id", ORDER_ID, "0; SELECT id, id, 0, api_key FROM staff_account--{M}"));

    /** Attacks that write: each would change a row if its statement ran. */
    static final List<Attack> WRITES = List.of(
            new Attack(
                    "stacked UPDATE in the search",
                    Q,
                    "{M}'; UPDATE staff_account SET api_key = '{M}' WHERE id = (SELECT min(id) FROM staff_account)--"),
            new Attack(
                    "stacked INSERT in the status",
                    STATUS,
                    "ACTIVE'; INSERT INTO staff_account (id, username, api_key) VALUES (-1, '{M}', '{M}')--"),
            new Attack(
                    "stacked UPDATE in the sort",
                    SORT,
                    "name; UPDATE customer SET status = 'CLOSED' WHERE id = (SELECT min(id) FROM customer)--{M}"),
            new Attack(
                    "stacked DELETE in the direction",
                    DIR,
                    "asc; DELETE FROM customer_order WHERE id = (SELECT max(id) FROM customer_order)--{M}"),
            new Attack(
                    "stacked UPDATE on the order id",
                    ORDER_ID,
                    "0; UPDATE customer_order SET total = 0 WHERE id = (SELECT min(id) FROM customer_order)--{M}"),
            new Attack("stacked DELETE on the order id", ORDER_ID, "0; DELETE FROM staff_account WHERE id > 2--{M}"));

    /** Inputs that are not attacks at all, only the marker where a value goes, and attacks that only wait. */
    static final List<Attack> PLAIN_AND_TIMED = List.of(
            new Attack("the marker as the search text", Q, "{M}"),
            new Attack("a name with an apostrophe", Q, "{M}'s"),
            new Attack("the marker as the status", STATUS, "{M}"),
            new Attack("the marker as the sort field", SORT, "{M}"),
            new Attack("the marker as the direction", DIR, "{M}"),
            new Attack("the marker as the order id", ORDER_ID, "{M}"),
            new Attack("a delay in the search", Q, "{M}' AND (SELECT 1 FROM pg_sleep(0.1)) = 1--"),
            new Attack("a delay on the order id", ORDER_ID, "1 AND (SELECT 1 FROM pg_sleep(0.1)) = 1--{M}"));

    private Attacks() {}

    /** Send the attacks, with the run's marker, all at once; the answers come back in the same order. */
    static List<BurstAnswer> send(KataRun kata, SupportData data, List<Attack> attacks) throws InterruptedException {
        List<Attack> marked =
                attacks.stream().map(attack -> attack.marked(data)).toList();
        return new LoadDriver(TIMEOUT)
                .burst(marked.size(), i -> marked.get(i).request(kata.instance(0)))
                .await(TIMEOUT.plusSeconds(5));
    }
}
