package lab.grader.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import lab.grader.Lab;
import lab.grader.kit.BulkLoad;
import lab.grader.services.PostgresAdmin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prove on the run's real server that a bulk load leaves the learner's schema as the migrations made it: the same
 * foreign keys (names, definitions, comments), the very same indexes, triggers that still fire; and that a load
 * that breaks a key keeps nothing.
 */
@Tag("selfcheck")
@ExtendWith(SelfCheckLab.class)
class BulkLoadSelfCheckTests {

    private static final String SCHEMA = """
            create table customer (id bigint primary key, name text not null);
            create table purchase_order (
                id bigint primary key,
                customer_id bigint not null references customer (id) on delete cascade deferrable,
                note text);
            comment on constraint purchase_order_customer_id_fkey on purchase_order is 'the learner''s key';
            create index purchase_order_customer on purchase_order (customer_id, id desc);
            create table audit (order_id bigint);
            create function audited() returns trigger language plpgsql as $$
                begin insert into audit values (new.id); return new; end $$;
            create trigger purchase_order_audit after insert on purchase_order
                for each row execute function audited();
            """;

    private static final String SCHEMA_FACTS = """
            select 'key ' || conname || ' ' || pg_get_constraintdef(oid) || ' '
                       || coalesce(obj_description(oid, 'pg_constraint'), '')
            from pg_constraint where conrelid = 'purchase_order'::regclass
            union all
            select 'index ' || indexrelid::regclass::text || ' oid ' || indexrelid::text from pg_index
            where indrelid in ('customer'::regclass, 'purchase_order'::regclass)
            union all
            select 'trigger ' || tgname || ' ' || tgenabled::text from pg_trigger
            where tgrelid = 'purchase_order'::regclass and not tgisinternal
            order by 1
            """;

    @Test
    void a_load_keeps_the_schema_as_it_was_and_the_learner_triggers_firing(Lab lab) throws Exception {
        PostgresAdmin admin = new PostgresAdmin(lab.services().postgres());
        String database = "lab_selfcheck_bulk_load";
        admin.createDatabase(database);
        try (Connection connection = admin.connect(database)) {
            execute(connection, SCHEMA);
            List<String> before = facts(connection, SCHEMA_FACTS);

            load(connection, 3, 1_000, 3);

            assertThat(facts(connection, SCHEMA_FACTS))
                    .as("keys, indexes (with their oids) and triggers after the load")
                    .isEqualTo(before);
            assertThat(facts(connection, """
                            select (select count(*) from purchase_order) || ' orders, '
                                || (select count(*) from audit) || ' audited, analyzed '
                                || (select count(*) from pg_stat_user_tables
                                    where relname in ('customer', 'purchase_order')
                                      and last_analyze is not null and last_vacuum is not null)
                            """))
                    .as("orders loaded, the learner's trigger's rows, tables vacuumed and analyzed")
                    .containsExactly("1000 orders, 1000 audited, analyzed 2");
        } finally {
            admin.dropDatabase(database);
        }
    }

    @Test
    void a_load_that_breaks_a_foreign_key_keeps_nothing(Lab lab) throws Exception {
        PostgresAdmin admin = new PostgresAdmin(lab.services().postgres());
        String database = "lab_selfcheck_bulk_load_broken";
        admin.createDatabase(database);
        try (Connection connection = admin.connect(database)) {
            execute(connection, SCHEMA);
            List<String> before = facts(connection, SCHEMA_FACTS);

            // Orders of customers 0 to 4, but only customers 0 to 2 exist.
            assertThatThrownBy(() -> load(connection, 3, 5, 5))
                    .as("a load with orders of customers that do not exist")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("purchase_order_customer_id_fkey");

            assertThat(facts(connection, SCHEMA_FACTS))
                    .as("keys, indexes and triggers after the failed load")
                    .isEqualTo(before);
            assertThat(facts(
                            connection,
                            "select (select count(*) from customer) + (select count(*) from purchase_order)"))
                    .as("rows left by the failed load")
                    .containsExactly("0");
        } finally {
            admin.dropDatabase(database);
        }
    }

    /** Customers 0 to {@code customers - 1}, and orders spread over customers 0 to {@code orderedBy - 1}. */
    private static void load(Connection connection, int customers, int orders, int orderedBy) throws SQLException {
        BulkLoad.into(connection)
                .table("customer", List.of("id", "name"), rows -> {
                    for (long id = 0; id < customers; id++) {
                        rows.add(id, "Customer\t" + id);
                    }
                })
                .table("purchase_order", List.of("id", "customer_id", "note"), rows -> {
                    for (long id = 0; id < orders; id++) {
                        rows.add(id, id % orderedBy, id % 2 == 0 ? null : "a\\note");
                    }
                })
                .load();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> facts(Connection connection, String query) throws SQLException {
        List<String> facts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                facts.add(rows.getString(1));
            }
        }
        return facts;
    }
}
