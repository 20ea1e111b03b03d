package lab.grader.kit;

import static org.assertj.core.api.Assertions.assertThat;

import lab.grader.probes.QueryPlan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PlanDescriptionsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static QueryPlan plan(String json) {
        return new QueryPlan(JSON.readTree(json));
    }

    @Test
    void a_plan_is_described_on_one_line_from_the_top_node_down() {
        QueryPlan plan = plan("""
                [{"Plan": {"Node Type": "Limit", "Actual Rows": 21, "Shared Hit Blocks": 10070,
                  "Shared Read Blocks": 2, "Plans": [
                    {"Node Type": "Index Scan", "Index Name": "activity_feed", "Relation Name": "activity",
                     "Index Cond": "(account_id = '63557'::bigint)", "Actual Rows": 10021,
                     "Shared Hit Blocks": 10072}]}}]""");

        assertThat(PlanDescriptions.oneLine(plan))
                .as("one-line plan")
                .isEqualTo("Limit (21 rows, 10072 buffers) -> Index Scan using activity_feed [index cond"
                        + " (account_id = '63557'::bigint)] (10021 rows, 10072 buffers)");
    }

    @Test
    void a_filter_shows_the_rows_it_removed_and_a_scan_names_its_table() {
        QueryPlan plan = plan("""
                [{"Plan": {"Node Type": "Seq Scan", "Relation Name": "purchase_order",
                  "Filter": "(placed_at >= '2026-01-01 00:00:00+00'::timestamp with time zone)",
                  "Rows Removed by Filter": 399000, "Actual Rows": 1000, "Shared Hit Blocks": 3000,
                  "Shared Read Blocks": 400}}]""");

        assertThat(PlanDescriptions.oneLine(plan))
                .as("one-line plan")
                .isEqualTo("Seq Scan on purchase_order [filter (placed_at >= '2026-01-01 00:00:00+00'::timestamptz),"
                        + " 399000 rows removed] (1000 rows, 3400 buffers)");
    }

    @Test
    void short_types_put_plan_text_on_one_line() {
        assertThat(PlanDescriptions.shortTypes("placed_at <\n   '2026-01-01'::timestamp with time zone"))
                .as("shortened")
                .isEqualTo("placed_at < '2026-01-01'::timestamptz");
    }
}
