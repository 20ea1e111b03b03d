package lab.boundedfanout;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BasketRepository {

    private final JdbcClient jdbc;

    BasketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long basketId) {
        return jdbc.sql("select count(*) from basket where id = ?")
                        .param(basketId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<BasketLine> lines(long basketId) {
        return jdbc.sql("select sku, quantity from basket_line where basket_id = ? order by line_no")
                .param(basketId)
                .query((row, number) -> new BasketLine(row.getString("sku"), row.getInt("quantity")))
                .list();
    }
}
