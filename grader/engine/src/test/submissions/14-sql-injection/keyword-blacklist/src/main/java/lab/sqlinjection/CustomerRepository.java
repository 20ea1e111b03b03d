package lab.sqlinjection;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class CustomerRepository {

    private final JdbcTemplate jdbc;

    CustomerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Customer> search(String q, String status, String sort, String dir, int limit) {
        String sql = "select id, name, email, status, city from customer where name ilike '%" + q + "%'";
        if (status != null) {
            sql += " and status = '" + status + "'";
        }
        sql += " order by " + sort + " " + dir + " limit " + limit;
        return jdbc.query(
                sql,
                (row, n) -> new Customer(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("email"),
                        row.getString("status"),
                        row.getString("city")));
    }
}
