package lab.grader.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SqlSnapshotTests {

    private static final String ORDERS = "select * from purchase_order where customer_id = ?";
    private static final String LINES = "select * from order_line where order_id = ?";

    // As the probe writes it: java.util.Properties, statements by kind, then each distinct SQL text.
    private static final String BODY = """
            #Mon Mar 04 10:15:30 UTC 2024
            statements.select=51
            statements.insert=2
            statements.update=1
            statements.delete=1
            statements.other=3
            roundTrips=56
            batches=1
            batchedStatements=2
            rowsRead=120
            valuesRead=360
            commits=4
            rollbacks=1
            sql.0.text=select * from purchase_order where customer_id \\= ?
            sql.0.count=1
            sql.0.param.0=Long\\:5
            sql.1.text=select * from order_line where order_id \\= ?
            sql.1.count=50
            sql.1.param.0=Long\\:7
            """;

    private final SqlSnapshot snapshot = SqlSnapshot.parse(BODY);

    @Test
    void parse_reads_statements_by_kind_and_the_counters() {
        assertThat(snapshot.statementsByKind())
                .as("statements by kind")
                .containsOnly(
                        entry("select", 51L),
                        entry("insert", 2L),
                        entry("update", 1L),
                        entry("delete", 1L),
                        entry("other", 3L));
        assertThat(snapshot.roundTrips()).as("round trips").isEqualTo(56);
        assertThat(snapshot.batches()).as("batches").isEqualTo(1);
        assertThat(snapshot.batchedStatements()).as("batched statements").isEqualTo(2);
        assertThat(snapshot.rowsRead()).as("rows read").isEqualTo(120);
        assertThat(snapshot.valuesRead()).as("values read").isEqualTo(360);
        assertThat(snapshot.commits()).as("commits").isEqualTo(4);
        assertThat(snapshot.rollbacks()).as("rollbacks").isEqualTo(1);
    }

    @Test
    void parse_reads_each_statement_text_with_its_count() {
        assertThat(snapshot.statementsBySql())
                .as("statements by SQL text")
                .containsOnly(entry(ORDERS, 1L), entry(LINES, 50L));
    }

    @Test
    void statements_add_up_every_kind_and_writes_add_up_insert_update_delete() {
        assertThat(snapshot.statements()).as("statements").isEqualTo(58);
        assertThat(snapshot.selects()).as("selects").isEqualTo(51);
        assertThat(snapshot.writes()).as("writes").isEqualTo(4);
    }

    @Test
    void an_empty_body_is_no_work() {
        SqlSnapshot empty = SqlSnapshot.parse("");

        assertThat(empty.statements()).as("statements").isZero();
        assertThat(empty.writes()).as("writes").isZero();
        assertThat(empty.mostFrequent(5)).as("statements by frequency").isEmpty();
        assertThat(empty.describeMostFrequent(5)).as("description").isEmpty();
    }

    @Test
    void parse_reads_what_properties_store_writes() throws IOException {
        String sql = "select name, 'a=b: #1' from product where id = ? and note like '%!%'";
        Properties written = new Properties();
        written.setProperty("statements.select", "2");
        written.setProperty("sql.0.text", sql);
        written.setProperty("sql.0.count", "2");
        written.setProperty("sql.0.param.0", "String:a = b: c");
        StringWriter body = new StringWriter();
        written.store(body, null);

        SqlSnapshot stored = SqlSnapshot.parse(body.toString());

        assertThat(stored.statementsBySql()).as("statements by SQL text").containsOnly(entry(sql, 2L));
        assertThat(stored.captured("from product"))
                .as("captured statement")
                .hasValueSatisfying(statement ->
                        assertThat(statement.parameters()).as("parameters").containsExactly("a = b: c"));
    }

    @Test
    void plus_adds_the_work_of_two_processes() {
        SqlSnapshot other = SqlSnapshot.parse("""
                statements.select=9
                statements.update=4
                roundTrips=13
                batches=2
                batchedStatements=6
                rowsRead=30
                valuesRead=90
                commits=1
                sql.0.text=select * from order_line where order_id \\= ?
                sql.0.count=9
                sql.1.text=update stock set quantity \\= ? where id \\= ?
                sql.1.count=4
                """);

        SqlSnapshot total = snapshot.plus(other);

        assertThat(total.statementsByKind())
                .as("statements by kind")
                .containsOnly(
                        entry("select", 60L),
                        entry("insert", 2L),
                        entry("update", 5L),
                        entry("delete", 1L),
                        entry("other", 3L));
        assertThat(total.roundTrips()).as("round trips").isEqualTo(69);
        assertThat(total.batches()).as("batches").isEqualTo(3);
        assertThat(total.batchedStatements()).as("batched statements").isEqualTo(8);
        assertThat(total.rowsRead()).as("rows read").isEqualTo(150);
        assertThat(total.valuesRead()).as("values read").isEqualTo(450);
        assertThat(total.commits()).as("commits").isEqualTo(5);
        assertThat(total.rollbacks()).as("rollbacks").isEqualTo(1);
        assertThat(total.statementsBySql())
                .as("statements by SQL text")
                .containsOnly(
                        entry(ORDERS, 1L), entry(LINES, 59L), entry("update stock set quantity = ? where id = ?", 4L));
    }

    @Test
    void plus_with_empty_changes_nothing() {
        assertThat(SqlSnapshot.EMPTY.plus(snapshot)).as("EMPTY + snapshot").isEqualTo(snapshot);
    }

    @Test
    void most_frequent_puts_the_commonest_first_and_breaks_ties_by_text() {
        SqlSnapshot tied = SqlSnapshot.parse("""
                sql.0.text=select b
                sql.0.count=3
                sql.1.text=select c
                sql.1.count=7
                sql.2.text=select a
                sql.2.count=3
                sql.3.text=select d
                sql.3.count=1
                """);

        assertThat(tied.mostFrequent(3))
                .as("three most frequent")
                .containsExactly(entry("select c", 7L), entry("select a", 3L), entry("select b", 3L));
    }

    @Test
    void describe_most_frequent_lists_count_and_text_one_per_line() {
        assertThat(snapshot.describeMostFrequent(2))
                .as("description")
                .isEqualTo("\n  50 x `" + LINES + "`\n  1 x `" + ORDERS + "`");
    }

    @Test
    void describe_most_frequent_shortens_long_statements() {
        String longSql = "select " + "column_name, ".repeat(20) + "id from wide_table";
        SqlSnapshot wide = SqlSnapshot.parse("sql.0.text=" + longSql + "\nsql.0.count=1\n");

        String description = wide.describeMostFrequent(1);

        assertThat(description)
                .as("description of a %d-character statement", longSql.length())
                .isEqualTo("\n  1 x `" + longSql.substring(0, 137) + "...`");
    }

    @Test
    void metrics_name_the_figures_for_the_report() {
        assertThat(snapshot.metrics())
                .as("metrics")
                .containsExactly(
                        entry("statements", 58L),
                        entry("selects", 51L),
                        entry("roundTrips", 56L),
                        entry("batches", 1L),
                        entry("rowsRead", 120L),
                        entry("valuesRead", 360L));
    }

    @Test
    void captured_finds_the_most_frequent_match_ignoring_case() {
        assertThat(snapshot.captured("SELECT *"))
                .as("statement matching `SELECT *`")
                .hasValueSatisfying(statement -> {
                    assertThat(statement.sql()).as("text").isEqualTo(LINES);
                    assertThat(statement.count()).as("count").isEqualTo(50);
                    assertThat(statement.parameters()).as("parameters").containsExactly(7L);
                    assertThat(statement.explainable()).as("explainable").isTrue();
                });
    }

    @Test
    void captured_is_empty_when_nothing_matches() {
        assertThat(snapshot.captured("from customer"))
                .as("statement matching `from customer`")
                .isEmpty();
    }

    @Test
    void captured_rebuilds_the_parameter_types() {
        SqlSnapshot typed = SqlSnapshot.parse("""
                sql.0.text=insert into payment values (?, ?, ?, ?, ?, ?)
                sql.0.count=1
                sql.0.param.0=Long\\:42
                sql.0.param.1=String\\:card\\: visa
                sql.0.param.2=Timestamp\\:2024-03-01 10\\:15\\:30.0
                sql.0.param.3=BigDecimal\\:12.50
                sql.0.param.4=null\\:
                sql.0.param.5=Integer\\:3
                """);

        CapturedStatement statement = typed.captured("into payment").orElseThrow();

        assertThat(statement.parameters())
                .as("rebuilt parameters")
                .containsExactly(
                        42L, "card: visa", Timestamp.valueOf("2024-03-01 10:15:30"), new BigDecimal("12.50"), null, 3);
        assertThat(statement.parameters().get(0)).as("first parameter").isInstanceOf(Long.class);
        assertThat(statement.parameters().get(3)).as("fourth parameter").isInstanceOf(BigDecimal.class);
        assertThat(statement.explainable()).as("explainable").isTrue();
    }

    @Test
    void a_statement_with_an_unsupported_parameter_is_not_explainable() {
        SqlSnapshot arrays = SqlSnapshot.parse("""
                sql.0.text=select * from product where id = any(?) and shop_id = ?
                sql.0.count=2
                sql.0.param.0=unsupported\\:[Ljava.lang.Long;
                sql.0.param.1=Long\\:1
                """);

        CapturedStatement statement = arrays.captured("from product").orElseThrow();

        assertThat(statement.explainable()).as("explainable").isFalse();
        assertThat(statement.parameters()).as("parameters").isEmpty();
        assertThat(statement.count()).as("count").isEqualTo(2);
    }

    @Test
    void a_statement_without_parameters_is_explainable() {
        SqlSnapshot plain = SqlSnapshot.parse("sql.0.text=select count(*) from product\nsql.0.count=1\n");

        assertThat(plain.captured("count(*)")).as("captured statement").hasValueSatisfying(statement -> {
            assertThat(statement.parameters()).as("parameters").isEmpty();
            assertThat(statement.explainable()).as("explainable").isTrue();
        });
    }

    @Test
    void the_empty_snapshot_has_no_statements() {
        assertThat(SqlSnapshot.EMPTY.statementsBySql())
                .as("statements by SQL text")
                .isEqualTo(Map.of());
        assertThat(SqlSnapshot.EMPTY.statements()).as("statements").isZero();
    }

    @Test
    void parse_reads_the_payload_the_probe_writes() throws IOException {
        // The same fixture SqlCountersTests holds the probe's own output to: both sides of the /sql protocol agree.
        SqlSnapshot payload = SqlSnapshot.parse(ProbePayloads.sql());

        assertThat(payload.statementsByKind()).as("statements by kind").containsOnly(entry("select", 1L));
        assertThat(payload.roundTrips()).as("round trips").isEqualTo(1);
        assertThat(payload.rowsRead()).as("rows read").isEqualTo(2);
        assertThat(payload.valuesRead()).as("values read").isEqualTo(22);
        assertThat(payload.commits()).as("commits").isEqualTo(1);
        assertThat(payload.statementsBySql())
                .as("statements by SQL text")
                .containsOnly(entry(ProbePayloads.SALES_SQL, 1L));
        assertThat(payload.captured("from sales"))
                .as("captured statement")
                .hasValueSatisfying(statement ->
                        assertThat(statement.parameters()).as("parameters").containsExactly(2025L));
    }
}
