package lab.sqlinjection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CustomerController {

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
        if (limit < 1 || limit > 100) {
            throw new InvalidSearchException("limit must be between 1 and 100");
        }
        String column = CustomerRepository.SORTABLE.get(sort);
        if (column == null) {
            throw new InvalidSearchException("sort must be one of "
                    + String.join(
                            ", ",
                            CustomerRepository.SORTABLE.keySet().stream()
                                    .sorted()
                                    .toList()));
        }
        return customers.search(
                q,
                status == null ? null : oneOf(CustomerStatus.class, status, "status"),
                column,
                oneOf(SortDirection.class, dir, "dir"),
                limit);
    }

    // The message lists what is allowed and never repeats what was sent.
    private static <E extends Enum<E>> E oneOf(Class<E> type, String value, String parameter) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException(parameter + " must be one of "
                    + String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
        }
    }
}
