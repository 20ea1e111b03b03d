package lab.grader.kit;

import java.util.ArrayList;
import java.util.List;
import lab.grader.probes.QueryPlan;
import tools.jackson.databind.JsonNode;

/**
 * Describe an {@code EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)} plan in a failure message, the way a learner reads
 * one in psql: each node with its index, what the index seeks on, what is filtered row by row, rows and buffers.
 * Plan nodes are never cut short, since whether a column is in the Index Cond is the whole point.
 */
public final class PlanDescriptions {

    private PlanDescriptions() {}

    /**
     * Describe the plan on one line, from the top node down, e.g. {@code Limit (21 rows, 25 buffers) -> Index Scan
     * using activity_feed [index cond (account_id = 7)] (21 rows, 25 buffers)}.
     */
    public static String oneLine(QueryPlan plan) {
        List<String> nodes = new ArrayList<>();
        walk(plan.root().path(0).path("Plan"), nodes);
        return String.join(" -> ", nodes);
    }

    private static void walk(JsonNode node, List<String> nodes) {
        if (node.isMissingNode()) {
            return;
        }
        StringBuilder text = new StringBuilder(node.path("Node Type").asString());
        if (node.has("Index Name")) {
            text.append(" using ").append(node.path("Index Name").asString());
        }
        if (node.has("Relation Name") && !node.has("Index Name")) {
            text.append(" on ").append(node.path("Relation Name").asString());
        }
        if (node.has("Index Cond")) {
            text.append(" [index cond ")
                    .append(shortTypes(node.path("Index Cond").asString()))
                    .append(']');
        }
        if (node.has("Filter")) {
            text.append(" [filter ")
                    .append(shortTypes(node.path("Filter").asString()))
                    .append(", ")
                    .append(node.path("Rows Removed by Filter").asLong())
                    .append(" rows removed]");
        }
        text.append(" (")
                .append(node.path("Actual Rows").asLong())
                .append(" rows, ")
                .append(node.path("Shared Hit Blocks").asLong()
                        + node.path("Shared Read Blocks").asLong())
                .append(" buffers)");
        nodes.add(text.toString());
        for (JsonNode child : node.path("Plans")) {
            walk(child, nodes);
        }
    }

    /** Put a plan's text on one line and shorten PostgreSQL's long type names, e.g. timestamptz. */
    public static String shortTypes(String text) {
        return text.replaceAll("\\s+", " ").strip().replace("timestamp with time zone", "timestamptz");
    }
}
