package lab.writebehindcounters;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ViewRepository {

    private final JdbcClient jdbc;

    ViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Add one view; a product that does not exist is left alone. */
    void addOne(long id) {
        jdbc.sql("update product set views = views + 1 where id = ?").param(id).update();
    }

    Optional<Long> views(long id) {
        return jdbc.sql("select views from product where id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }
}
