package lab.grader.katas.missingindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.probes.CapturedStatement;
import lab.grader.probes.QueryPlan;
import lab.grader.probes.SqlMeter;
import lab.grader.probes.SqlSnapshot;

/**
 * The queries one HTTP call ran inside the kata, each explained on the kata's database with the parameters it ran
 * with. However the kata splits its work into statements, the call's cost is the sum over its queries.
 */
record CallCost(String call, List<ExplainedQuery> queries) {

    record ExplainedQuery(CapturedStatement statement, QueryPlan plan) {

        long sharedBuffers() {
            return plan.sharedBuffers();
        }

        List<TableAccess> accesses() {
            return TableAccess.in(plan);
        }

        String sql() {
            return statement.sql();
        }
    }

    /**
     * Run the call, then explain every query it ran: as the planner would run it, or with sequential scans disabled
     * to ask whether an index can serve it at all.
     */
    static CallCost measure(
            KataRun kata, String call, SqlMeter.Action action, boolean withoutSequentialScans, String next)
            throws Exception {
        SqlSnapshot sql = kata.sql().measure(action);
        List<ExplainedQuery> queries = new ArrayList<>();
        for (Map.Entry<String, Long> entry : sql.mostFrequent(Integer.MAX_VALUE)) {
            if (!isQuery(entry.getKey())) {
                continue;
            }
            Optional<CapturedStatement> captured = sql.captured(entry.getKey())
                    .filter(statement -> statement.sql().equals(entry.getKey()));
            if (captured.isEmpty()) {
                continue;
            }
            if (!captured.get().explainable()) {
                throw Feedback.check(call + " should run queries the grader can explain with their parameters.")
                        .expected("parameters of simple types: numbers, text, dates, timestamps")
                        .actual("`" + entry.getKey() + "` ran with a parameter the grader cannot bind again")
                        .cause("an array or another driver-specific parameter type")
                        .next("bind the customer id, the e-mail and the range as plain parameters -- " + next)
                        .failure();
            }
            QueryPlan plan = withoutSequentialScans
                    ? kata.plans().explainWithoutSequentialScans(captured.get())
                    : kata.plans().explain(captured.get());
            queries.add(new ExplainedQuery(captured.get(), plan));
        }
        return new CallCost(call, queries);
    }

    private static boolean isQuery(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("select") || start.startsWith("with") || start.startsWith("(");
    }

    long sharedBuffers() {
        return queries.stream().mapToLong(ExplainedQuery::sharedBuffers).sum();
    }

    /** Every place one of the call's queries reads the table. */
    List<TableAccess> accessesTo(String table) {
        return queries.stream()
                .flatMap(query -> query.accesses().stream())
                .filter(access -> access.table().equals(table))
                .toList();
    }

    /** Describe each query with its buffers and how it reads its tables, for a failure message. */
    String describe() {
        if (queries.isEmpty()) {
            return "\n  (no query ran)";
        }
        StringBuilder text = new StringBuilder();
        for (ExplainedQuery query : queries) {
            text.append("\n  ")
                    .append(query.sharedBuffers())
                    .append(" buffers: `")
                    .append(abbreviate(query.sql()))
                    .append('`');
            for (TableAccess access : query.accesses()) {
                // Never cut a plan node short: whether a column is in the Index Cond is the whole point.
                text.append("\n      ").append(shortTypes(access.describe()));
            }
        }
        return text.toString();
    }

    static String shortTypes(String text) {
        return text.replaceAll("\\s+", " ").strip().replace("timestamp with time zone", "timestamptz");
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 220 ? flat : flat.substring(0, 217) + "...";
    }
}
