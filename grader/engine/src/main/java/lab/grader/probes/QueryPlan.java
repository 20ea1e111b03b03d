package lab.grader.probes;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Read an {@code EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)} plan: buffers touched, node types, indexes used. */
public record QueryPlan(JsonNode root) {

    private JsonNode top() {
        return root.get(0).get("Plan");
    }

    /** Shared buffers hit plus read by the whole plan: stable run to run, unlike the split between the two. */
    public long sharedBuffers() {
        JsonNode plan = top();
        return plan.path("Shared Hit Blocks").asLong()
                + plan.path("Shared Read Blocks").asLong();
    }

    public List<String> indexesUsed() {
        List<String> indexes = new ArrayList<>();
        walk(top(), node -> {
            if (node.has("Index Name")) {
                indexes.add(node.get("Index Name").asString());
            }
        });
        return indexes;
    }

    public boolean scansSequentially(String table) {
        List<Boolean> found = new ArrayList<>();
        walk(top(), node -> {
            if (node.path("Node Type").asString().equals("Seq Scan")
                    && node.path("Relation Name").asString().equals(table)) {
                found.add(true);
            }
        });
        return !found.isEmpty();
    }

    private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visitor) {
        visitor.accept(node);
        for (JsonNode child : node.path("Plans")) {
            walk(child, visitor);
        }
    }

    @Override
    public String toString() {
        return root.toPrettyString();
    }
}
