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

    Optional<Long> views(long id) {
        return jdbc.sql("select views from product where id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    /**
     * Record the batch as applied; false when it already was (by this instance before a crash, or by the other one
     * now). The primary key makes a second transaction with the same id wait for the first and then find it.
     */
    boolean markApplied(String batchId, int products, long views) {
        return jdbc.sql("insert into counter_flush (id, products, views) values (?, ?, ?) on conflict do nothing")
                        .params(batchId, products, views)
                        .update()
                == 1;
    }

    boolean applied(String batchId) {
        return jdbc.sql("select count(*) from counter_flush where id = ?")
                        .param(batchId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Known-bad: one UPDATE per product of the batch, instead of one for all of them. */
    void addAll(Long[] ids, Long[] counts) {
        for (int i = 0; i < ids.length; i++) {
            jdbc.sql("update product set views = views + ? where id = ?")
                    .params(counts[i], ids[i])
                    .update();
        }
    }
}
