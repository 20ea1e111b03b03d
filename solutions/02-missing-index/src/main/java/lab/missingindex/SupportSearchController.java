package lab.missingindex;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The support desk's search: find a customer by e-mail, then list that customer's orders in a date range. */
@RestController
@RequestMapping("/support/customers")
class SupportSearchController {

    static final int MAX_EMAIL_LENGTH = 254;
    static final String EMAIL_RULE = "an e-mail address such as anna@example.com: one @ with text on both sides,"
            + " no spaces, at most " + MAX_EMAIL_LENGTH + " characters";
    static final String DATE_RULE = "a date written yyyy-mm-dd, e.g. 2026-03-01";

    // Deliberately loose: the desk pastes what the customer reads out; only obvious typos are turned away.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final SupportSearchRepository search;

    SupportSearchController(SupportSearchRepository search) {
        this.search = search;
    }

    /** Return the customer whose e-mail is the given one, ignoring case. */
    @GetMapping
    CustomerView byEmail(@RequestParam String email) {
        if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "email must be " + EMAIL_RULE + ", was '" + email + "'");
        }
        return search.customerByEmail(email)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no customer has the e-mail " + email + " (compared ignoring case)"));
    }

    /** Return the customer's orders placed from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    @GetMapping("/{customerId}/orders")
    List<OrderView> orders(
            @PathVariable long customerId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        // from == to is an empty range, not an error: a client stepping day by day needs no special case.
        if (from.isAfter(to)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "from must be on or before to, was from=" + from + " and to=" + to
                            + " (from is inclusive, to is exclusive)");
        }
        // Checked apart from the orders, because "no such customer" (404) and "no orders then" ([]) differ.
        if (!search.customerExists(customerId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "customer " + customerId + " does not exist");
        }
        return search.ordersPlacedBetween(customerId, from, to);
    }
}
