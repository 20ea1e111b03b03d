package lab.grader.katas.missingindex;

import java.util.ArrayList;
import java.util.List;
import lab.grader.probes.QueryPlan;
import tools.jackson.databind.JsonNode;

/**
 * One place where a plan reads a table, and how: a sequential scan, or an index seek with the condition the index
 * answers. An index read without an index condition (a full index scan, filtering every entry) is no seek either.
 *
 * @param indexCondition what the index answers ({@code Index Cond}, or the bitmap's conditions); empty when the
 *     table is read without seeking
 * @param filter what is checked row by row after the read
 */
record TableAccess(String table, String nodeType, String index, String indexCondition, String filter) {

    static List<TableAccess> in(QueryPlan plan) {
        List<TableAccess> accesses = new ArrayList<>();
        collect(plan.root().get(0).get("Plan"), accesses);
        return accesses;
    }

    private static void collect(JsonNode node, List<TableAccess> accesses) {
        if (node.has("Relation Name")) {
            String type = node.path("Node Type").asString();
            String index = node.path("Index Name").asString("");
            String condition = node.path("Index Cond").asString("");
            if (type.equals("Bitmap Heap Scan")) {
                List<String> indexes = new ArrayList<>();
                List<String> conditions = new ArrayList<>();
                bitmapIndexes(node, indexes, conditions);
                index = String.join(", ", indexes);
                condition = String.join(" / ", conditions);
            }
            accesses.add(new TableAccess(
                    node.path("Relation Name").asString(),
                    type,
                    index,
                    condition,
                    node.path("Filter").asString("")));
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, accesses);
        }
    }

    // A bitmap heap scan reads the pages its Bitmap Index Scan children (maybe under BitmapAnd/Or) point at.
    private static void bitmapIndexes(JsonNode node, List<String> indexes, List<String> conditions) {
        for (JsonNode child : node.path("Plans")) {
            if (child.path("Node Type").asString().equals("Bitmap Index Scan")) {
                indexes.add(child.path("Index Name").asString(""));
                if (!child.path("Index Cond").asString("").isEmpty()) {
                    conditions.add(child.path("Index Cond").asString(""));
                }
            } else if (!child.has("Relation Name")) {
                bitmapIndexes(child, indexes, conditions);
            }
        }
    }

    boolean seeks() {
        return !indexCondition.isBlank();
    }

    /** Whether the index condition constrains the given column, e.g. {@code placed_at} for a date range. */
    boolean seeksOn(String column) {
        return indexCondition.contains(column);
    }

    /** Describe it the way EXPLAIN prints it, e.g. "Seq Scan on customer, Filter: (lower(email) = ...)". */
    String describe() {
        StringBuilder text = new StringBuilder(nodeType);
        if (!index.isEmpty()) {
            text.append(" using ").append(index);
        }
        text.append(" on ").append(table);
        if (!indexCondition.isEmpty()) {
            text.append(", Index Cond: ").append(indexCondition);
        }
        if (!filter.isEmpty()) {
            text.append(", Filter: ").append(filter);
        }
        return text.toString();
    }
}
