package lab.keysetpagination;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Read an account's feed, newest first, one page at a time. A page after the first seeks to the row after the
 * cursor through the index {@code activity_feed}, so page 500 costs what page 1 costs.
 */
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
     * Return up to {@code rows} activities of the account in feed order, starting after {@code from} (null: at the
     * newest). The id breaks ties between activities created at the same instant, so the order is total.
     */
    List<Activity> page(long accountId, FeedCursor from, int rows) {
        if (from == null) {
            return jdbc.query("""
                    select id, created_at, kind, summary
                    from activity
                    where account_id = ?
                    order by created_at desc, id desc
                    limit ?
                    """, ACTIVITY, accountId, rows);
        }
        // A row value compares (created_at, id) as a pair, in the feed's order: "strictly after the last row shown"
        // even among rows with the same created_at. PostgreSQL turns it into the start of an index range scan on
        // activity_feed, so no row before the cursor is read at all.
        return jdbc.query(
                """
                select id, created_at, kind, summary
                from activity
                where account_id = ?
                  and (created_at, id) < (?, ?)
                order by created_at desc, id desc
                limit ?
                """, ACTIVITY, accountId, OffsetDateTime.ofInstant(from.createdAt(), ZoneOffset.UTC), from.id(), rows);
    }
}
