package lab.sqlinjection;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Known-bad: the starter's concatenation behind a keyword filter. */
@RestController
class CustomerController {

    private static final Pattern FORBIDDEN = Pattern.compile("union|select|--|;|/\\*|sleep", Pattern.CASE_INSENSITIVE);

    private final CustomerRepository customers;

    CustomerController(CustomerRepository customers) {
        this.customers = customers;
    }

    /** Customers whose name contains {@code q}, optionally of one status, sorted, at most {@code limit}. */
    @GetMapping("/customers/search")
    List<Customer> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "20") int limit) {
        for (String value : new String[] {q, status, sort, dir}) {
            if (value != null && FORBIDDEN.matcher(value).find()) {
                throw new InvalidSearchException("the search holds a forbidden word");
            }
        }
        if (limit < 1 || limit > 100) {
            throw new InvalidSearchException("limit must be between 1 and 100");
        }
        return customers.search(q, status, sort, dir, limit);
    }
}
