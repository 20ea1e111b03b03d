package lab.grader.katas.missingindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.grader.probes.QueryPlan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TableAccessTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<TableAccess> accesses(String plan) {
        return TableAccess.in(new QueryPlan(JSON.readTree(plan)));
    }

    @Test
    void a_sequential_scan_does_not_seek() {
        List<TableAccess> found = accesses("""
                [{"Plan": {"Node Type": "Seq Scan", "Relation Name": "customer",
                  "Filter": "(lower(email) = 'a@b.c'::text)"}}]""");

        assertThat(found).as("accesses").hasSize(1);
        assertThat(found.getFirst().seeks()).as("seeks").isFalse();
        assertThat(found.getFirst().describe())
                .as("described")
                .isEqualTo("Seq Scan on customer, Filter: (lower(email) = 'a@b.c'::text)");
    }

    @Test
    void an_index_scan_under_a_sort_seeks_on_its_index_condition() {
        List<TableAccess> found = accesses("""
                [{"Plan": {"Node Type": "Sort", "Plans": [
                  {"Node Type": "Index Scan", "Relation Name": "purchase_order", "Index Name": "po_customer",
                   "Index Cond": "(customer_id = 7)", "Filter": "(placed_at >= now())"}]}}]""");

        TableAccess access = found.getFirst();
        assertThat(access.seeksOn("customer_id")).as("seeks on customer_id").isTrue();
        assertThat(access.seeksOn("placed_at")).as("seeks on placed_at").isFalse();
        assertThat(access.index()).as("index").isEqualTo("po_customer");
    }

    @Test
    void a_bitmap_heap_scan_takes_the_indexes_and_conditions_of_its_bitmap_children() {
        List<TableAccess> found = accesses("""
                [{"Plan": {"Node Type": "Bitmap Heap Scan", "Relation Name": "purchase_order", "Plans": [
                  {"Node Type": "BitmapAnd", "Plans": [
                    {"Node Type": "Bitmap Index Scan", "Index Name": "po_customer", "Index Cond": "(customer_id = 7)"},
                    {"Node Type": "Bitmap Index Scan", "Index Name": "po_placed",
                     "Index Cond": "(placed_at >= '2026-01-01')"}]}]}}]""");

        assertThat(found).as("one access to the table").hasSize(1);
        assertThat(found.getFirst().index()).as("indexes").isEqualTo("po_customer, po_placed");
        assertThat(found.getFirst().indexCondition())
                .as("conditions")
                .isEqualTo("(customer_id = 7) / (placed_at >= '2026-01-01')");
        assertThat(found.getFirst().seeksOn("placed_at"))
                .as("seeks on placed_at")
                .isTrue();
    }
}
