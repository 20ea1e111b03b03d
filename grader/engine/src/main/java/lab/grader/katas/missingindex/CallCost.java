package lab.grader.katas.missingindex;

import java.util.List;
import lab.grader.kit.ExplainedCall;
import lab.grader.kit.ExplainedCall.ExplainedQuery;
import lab.grader.kit.PlanDescriptions;
import lab.grader.kit.Text;
import lab.grader.model.KataRun;
import lab.grader.probes.SqlMeter;

/**
 * The queries one HTTP call ran inside the kata, explained with the parameters they ran with, and the places where
 * they read the kata's two tables. The call's cost is the sum over its distinct queries.
 */
record CallCost(ExplainedCall explained) {

    /**
     * Run the call, then explain every query it ran: as the planner would run it, or with sequential scans disabled
     * to ask whether an index can serve it at all.
     */
    static CallCost measure(KataRun kata, String call, SqlMeter.Action action, boolean withoutSequentialScans)
            throws Exception {
        return new CallCost(ExplainedCall.explain(
                kata,
                call,
                kata.sql().measure(action),
                withoutSequentialScans,
                "bind the customer id, the e-mail and the range as plain parameters in SupportSearchRepository"));
    }

    String call() {
        return explained.call();
    }

    long sharedBuffers() {
        return explained.sharedBuffers();
    }

    /** Every place one of the call's queries reads the table. */
    List<TableAccess> accessesTo(String table) {
        return explained.queries().stream()
                .flatMap(query -> TableAccess.in(query.plan()).stream())
                .filter(access -> access.table().equals(table))
                .toList();
    }

    /** Describe each query with its buffers and how it reads its tables, for a failure message. */
    String describe() {
        if (explained.queries().isEmpty()) {
            return "\n  (no query ran)";
        }
        StringBuilder text = new StringBuilder();
        for (ExplainedQuery query : explained.queries()) {
            text.append("\n  ")
                    .append(query.sharedBuffers())
                    .append(" buffers: `")
                    .append(Text.quote(query.sql(), 220))
                    .append('`');
            for (TableAccess access : TableAccess.in(query.plan())) {
                // Never cut a plan node short: whether a column is in the Index Cond is the whole point.
                text.append("\n      ").append(PlanDescriptions.shortTypes(access.describe()));
            }
        }
        return text.toString();
    }

    /** The indexes (or node types, where no index is used) through which the call reads the table. */
    List<String> indexNames(String table) {
        return accessesTo(table).stream()
                .map(access -> access.index().isEmpty() ? access.nodeType() : access.index())
                .distinct()
                .toList();
    }
}
