package lab.sqlinjection;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Known-bad: values bound, ORDER BY pasted from the request ("a column name cannot be a parameter anyway"). */
@Repository
class CustomerRepository {

    private final JdbcClient jdbc;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Customer> search(String q, String status, String sort, String dir, int limit) {
        String sql = "select id, name, email, status, city from customer"
                + " where name ilike :pattern escape '\\'"
                + (status == null ? "" : " and status = :status")
                + " order by " + sort + " " + dir + " limit :limit";
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("pattern", "%" + escapeLike(q) + "%").param("limit", limit);
        if (status != null) {
            statement = statement.param("status", status);
        }
        return statement.query(Customer.class).list();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
