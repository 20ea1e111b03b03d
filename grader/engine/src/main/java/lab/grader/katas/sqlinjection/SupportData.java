package lab.grader.katas.sqlinjection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import lab.grader.kit.Canaries;

/**
 * What the grader seeded for the support console.
 *
 * @param customers every customer, the tricky names included
 * @param orders every order
 * @param canaries the staff API keys and the customers' internal notes: secrets no answer may hold
 * @param marker the run's word, in every attack the grader sends
 */
record SupportData(List<SeededCustomer> customers, List<SeededOrder> orders, Canaries canaries, String marker) {

    record SeededCustomer(long id, String name, String email, String status, String city) {}

    record SeededOrder(long id, long customerId, BigDecimal total, String status) {}

    Optional<SeededCustomer> customer(long id) {
        return customers.stream().filter(customer -> customer.id() == id).findFirst();
    }

    /** Put the run's marker in place of {@code {M}}, and the first order's id in place of {@code {O}}. */
    String marked(String payload) {
        return payload.replace("{M}", marker)
                .replace("{O}", String.valueOf(orders.getFirst().id()));
    }
}
