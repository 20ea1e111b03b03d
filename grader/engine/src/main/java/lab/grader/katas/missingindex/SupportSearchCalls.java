package lab.grader.katas.missingindex;

import java.time.LocalDate;
import java.util.Locale;
import lab.grader.kit.HttpAnswers;
import lab.grader.model.CheckFailure;
import lab.grader.model.KataRun;
import tools.jackson.databind.JsonNode;

/** Call the kata's two searches and read their answers strictly; spell e-mails the ways a support desk types them. */
final class SupportSearchCalls {

    static final String EMAIL_CALL = "GET /support/customers?email=";
    static final String ORDERS_CALL = "GET /support/customers/{id}/orders?from=&to=";
    static final String MIGRATION = "a new migration, src/main/resources/db/migration/V2__<name>.sql";
    private static final String FIX_ANSWER = "make the search answer 200 with the customer or its orders as JSON, in"
            + " SupportSearchController and SupportSearchRepository";

    private SupportSearchCalls() {}

    static JsonNode findByEmail(KataRun kata, String email) throws CheckFailure {
        return HttpAnswers.json(
                kata.instance(0).http().queryParam("email", email).get("/support/customers"),
                200,
                EMAIL_CALL + email,
                FIX_ANSWER);
    }

    static JsonNode listOrders(KataRun kata, long customerId, LocalDate from, LocalDate to) throws CheckFailure {
        String path = ordersPath(customerId, from, to);
        return HttpAnswers.json(kata.instance(0).http().get(path), 200, "GET " + path, FIX_ANSWER);
    }

    static String ordersPath(long customerId, LocalDate from, LocalDate to) {
        return "/support/customers/" + customerId + "/orders?from=" + from + "&to=" + to;
    }

    /** Spell an e-mail as stored, in lower case, in upper case, or with every letter's case swapped. */
    static String spell(String email, int spelling) {
        return switch (spelling % 4) {
            case 0 -> email;
            case 1 -> email.toLowerCase(Locale.ROOT);
            case 2 -> email.toUpperCase(Locale.ROOT);
            default ->
                email.chars()
                        .map(c -> Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString();
        };
    }
}
