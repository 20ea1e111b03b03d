package lab.sqlinjection;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every value the client sends is a bind parameter; the only SQL text built at run time is an {@code ORDER BY} chosen
 * from {@link #SORTABLE}, with a direction from an enum. The name pattern escapes {@code LIKE}'s own characters, so
 * "100%" and "a_b" are searched for literally.
 */
@Repository
class CustomerRepository {

    /** The sort fields the API offers, and the column each stands for: no client text ever reaches the SQL. */
    static final Map<String, String> SORTABLE = Map.of("name", "name", "city", "city", "id", "id");

    private final JdbcClient jdbc;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Customer> search(String q, CustomerStatus status, String sortColumn, SortDirection dir, int limit) {
        String sql = "select id, name, email, status, city from customer"
                + " where name ilike :pattern escape '\\'"
                + (status == null ? "" : " and status = :status")
                + " order by " + sortColumn + " " + dir.name() + ", id"
                + " limit :limit";
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("pattern", "%" + escapeLike(q) + "%").param("limit", limit);
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return statement.query(Customer.class).list();
    }

    /** Make {@code %}, {@code _} and the escape character itself stand for themselves in a LIKE pattern. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
