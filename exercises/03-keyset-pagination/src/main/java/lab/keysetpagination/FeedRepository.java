package lab.keysetpagination;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Read an account's feed, newest first, one page at a time. */
@Repository
class FeedRepository {

    private static final RowMapper<Activity> ACTIVITY = (rs, rowNum) -> new Activity(
            rs.getLong("id"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getString("kind"),
            rs.getString("summary"));

    private final JdbcTemplate jdbc;

    FeedRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean accountExists(long accountId) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from account where id = ?)", Boolean.class, accountId));
    }

    /**
     * Return up to {@code rows} activities of the account in feed order, starting at {@code from} (null: at the
     * newest). The id breaks ties between activities created at the same instant, so the order is total.
     */
    List<Activity> page(long accountId, FeedCursor from, int rows) {
        long offset = from == null ? 0 : from.offset();
        return jdbc.query("""
                select id, created_at, kind, summary
                from activity
                where account_id = ?
                order by created_at desc, id desc
                limit ? offset ?
                """, ACTIVITY, accountId, rows, offset);
    }
}
