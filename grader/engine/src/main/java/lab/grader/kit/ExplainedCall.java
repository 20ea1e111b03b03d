package lab.grader.kit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lab.grader.model.CheckFailure;
import lab.grader.model.Feedback;
import lab.grader.model.KataRun;
import lab.grader.probes.CapturedStatement;
import lab.grader.probes.QueryPlan;
import lab.grader.probes.SqlSnapshot;

/**
 * The queries one call to a kata ran, each explained on the kata's database with the parameters it last ran with.
 * However a kata splits its work into statements, the call's cost is what its queries cost together.
 *
 * @param call what was sent, e.g. {@code GET /accounts/7/feed?limit=20}, for messages
 */
public record ExplainedCall(String call, List<ExplainedQuery> queries) {

    /**
     * One query of the call and its plan.
     *
     * @param executions how often the call ran it
     */
    public record ExplainedQuery(CapturedStatement statement, long executions, QueryPlan plan) {

        public String sql() {
            return statement.sql();
        }

        /** The shared buffers (hit + read) one execution touched. */
        public long sharedBuffers() {
            return plan.sharedBuffers();
        }

        /** The shared buffers of all its executions. */
        public long sharedBuffersInAll() {
            return plan.sharedBuffers() * executions;
        }
    }

    /**
     * Explain every query (SELECT or WITH) of the measured call: as the planner would run it, or with sequential
     * scans disabled, to ask whether an index can serve it at all.
     *
     * @param next where to fix a query the grader cannot explain, e.g. one bound with an array
     * @throws CheckFailure when a query ran with a parameter the grader cannot bind again
     */
    public static ExplainedCall explain(
            KataRun kata, String call, SqlSnapshot sql, boolean withoutSequentialScans, String next) throws Exception {
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
                throw unexplainable(call, entry.getKey(), next);
            }
            QueryPlan plan = withoutSequentialScans
                    ? kata.plans().explainWithoutSequentialScans(captured.get())
                    : kata.plans().explain(captured.get());
            queries.add(new ExplainedQuery(captured.get(), entry.getValue(), plan));
        }
        return new ExplainedCall(call, List.copyOf(queries));
    }

    static CheckFailure unexplainable(String call, String sql, String next) {
        return Feedback.check(call + " should run queries the grader can explain with the parameters they ran with.")
                .expected("parameters of simple types: numbers, text, dates, timestamps")
                .actual("`" + Text.quote(sql) + "` ran with a parameter the grader cannot bind again")
                .cause("an array, an object or another driver-specific parameter type")
                .next(next)
                .failure();
    }

    /** Whether the statement reads: a SELECT, a WITH, or a parenthesised query. */
    static boolean isQuery(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("select") || start.startsWith("with") || start.startsWith("(");
    }

    /** The shared buffers of one execution of each distinct query, added up. */
    public long sharedBuffers() {
        return queries.stream().mapToLong(ExplainedQuery::sharedBuffers).sum();
    }

    /** The shared buffers of every execution of every query, added up. */
    public long sharedBuffersInAll() {
        return queries.stream().mapToLong(ExplainedQuery::sharedBuffersInAll).sum();
    }

    /** The query whose executions touched the most buffers, if the call ran any. */
    public Optional<ExplainedQuery> costliest() {
        return queries.stream().max(Comparator.comparingLong(ExplainedQuery::sharedBuffersInAll));
    }
}
