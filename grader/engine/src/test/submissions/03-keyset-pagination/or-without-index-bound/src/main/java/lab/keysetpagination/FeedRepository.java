package lab.keysetpagination;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Known-bad: the right keyset condition, but spelled with OR and no plain bound on created_at. Only account_id is
 * an index condition, so each page reads the feed from its newest row and filters out everything before the
 * cursor, as OFFSET does. Must fail deep-page-cost.
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
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from account where id = ?)", Boolean.class, accountId));
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
        OffsetDateTime createdAt = OffsetDateTime.ofInstant(from.createdAt(), ZoneOffset.UTC);
        return jdbc.query("""
                select id, created_at, kind, summary
                from activity
                where account_id = ?
                  and (created_at < ? or (created_at = ? and id < ?))
                order by created_at desc, id desc
                limit ?
                """, ACTIVITY, accountId, createdAt, createdAt, from.id(), rows);
    }
}
