package lab.grader.katas.sqlinjection;

import static lab.grader.katas.sqlinjection.Attack.Field.DIR;
import static lab.grader.katas.sqlinjection.Attack.Field.ORDER_ID;
import static lab.grader.katas.sqlinjection.Attack.Field.Q;
import static lab.grader.katas.sqlinjection.Attack.Field.SORT;
import static lab.grader.katas.sqlinjection.Attack.Field.STATUS;

import java.util.List;

/**
 * Two inputs that differ only in a condition injected into the query, one true and one false. If the SQL is built
 * from the input, the answers differ (rows or none, one order or another, 200 or 404), and an attacker reads the
 * database one yes-or-no at a time; if the input is bound or refused, both answers are the same.
 */
record BlindPair(String name, Attack whenTrue, Attack whenFalse) {

    static BlindPair of(String name, Attack.Field field, String whenTrue, String whenFalse) {
        return new BlindPair(
                name, new Attack(name + " (true)", field, whenTrue), new Attack(name + " (false)", field, whenFalse));
    }

    static final List<BlindPair> ALL = List.of(
            of("boolean after the search text", Q, "%' AND 1=1--{M}", "%' AND 1=2--{M}"),
            of("boolean without a comment", Q, "%' AND 'a{M}%'='a{M}", "%' AND 'a{M}%'='b{M}"),
            of(
                    "a secret's prefix in the search",
                    Q,
                    "%' AND substr((SELECT api_key FROM staff_account ORDER BY id LIMIT 1), 1, 8) = 'sk_live_'--{M}",
                    "%' AND substr((SELECT api_key FROM staff_account ORDER BY id LIMIT 1), 1, 8) = 'sk_test_'--{M}"),
            of("boolean in the status", STATUS, "ACTIVE' AND '{M}'='{M}", "ACTIVE' AND '{M}'='x{M}"),
            of(
                    "a count in the status",
                    STATUS,
                    "ACTIVE' AND (SELECT count(*) FROM staff_account) > 0--{M}",
                    "ACTIVE' AND (SELECT count(*) FROM staff_account) < 0--{M}"),
            of(
                    "CASE in the sort",
                    SORT,
                    "(CASE WHEN '{M}'='{M}' THEN name ELSE city END)",
                    "(CASE WHEN '{M}'='x{M}' THEN name ELSE city END)"),
            of(
                    "a subquery in the sort",
                    SORT,
                    "(CASE WHEN (SELECT count(*) FROM staff_account) > 0 THEN name ELSE city END)--{M}",
                    "(CASE WHEN (SELECT count(*) FROM staff_account) < 0 THEN name ELSE city END)--{M}"),
            of(
                    "a LIMIT in the direction",
                    DIR,
                    "ASC LIMIT (CASE WHEN '{M}'='{M}' THEN 5 ELSE 1 END)--",
                    "ASC LIMIT (CASE WHEN '{M}'='x{M}' THEN 5 ELSE 1 END)--"),
            of("boolean on the order id", ORDER_ID, "{O} AND '{M}'='{M}'", "{O} AND '{M}'='x{M}'"),
            of(
                    "a count on the order id",
                    ORDER_ID,
                    "{O} AND (SELECT count(*) FROM staff_account) > 0--{M}",
                    "{O} AND (SELECT count(*) FROM staff_account) < 0--{M}"));

    /** Both halves of every pair, true then false, for a check that only needs the inputs. */
    static List<Attack> allAttacks() {
        return ALL.stream()
                .flatMap(pair -> java.util.stream.Stream.of(pair.whenTrue(), pair.whenFalse()))
                .toList();
    }
}
