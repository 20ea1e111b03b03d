package lab.probe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.StatementType;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.QueryUtils;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Count the SQL work a kata does, from all threads: statements by kind, round trips, batches, rows read, values
 * received in them (see {@link ReceivedValues}) and transaction ends. Counters are adders, never thread-locals, because a kata may query from any thread.
 */
final class SqlCounters {

    // Enough distinct statements for feedback; a kata that builds SQL by concatenation must not exhaust memory.
    private static final int MAX_DISTINCT_STATEMENTS = 500;
    // ResultSet getters that return no value of a row.
    private static final Set<String> NOT_VALUES = Set.of(
            "getConcurrency",
            "getCursorName",
            "getFetchDirection",
            "getFetchSize",
            "getHoldability",
            "getMetaData",
            "getRow",
            "getStatement",
            "getType",
            "getWarnings");

    private final Map<String, LongAdder> statementsByKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> statementsBySql = new ConcurrentHashMap<>();
    // The parameters of each statement's latest execution, so the grader can EXPLAIN it as it ran.
    private final Map<String, List<String>> lastParameters = new ConcurrentHashMap<>();
    private final LongAdder roundTrips = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final LongAdder batchedStatements = new LongAdder();
    private final LongAdder rowsRead = new LongAdder();
    private final LongAdder valuesRead = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final LongAdder rollbacks = new LongAdder();

    DataSource wrap(DataSource dataSource) {
        return wrap(dataSource, new ConnectionCounters());
    }

    /** Wrap the kata's data source so that these counters and the connection counters see all its work. */
    DataSource wrap(DataSource dataSource, ConnectionCounters connections) {
        return ProxyDataSourceBuilder.create(dataSource)
                .name("lab-probe")
                .listener(queryListener())
                .methodListener(methodListener())
                .methodListener(connections)
                .proxyResultSet()
                .build();
    }

    private QueryExecutionListener queryListener() {
        return new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                roundTrips.increment();
                if (execution.isBatch()) {
                    batches.increment();
                }
                for (QueryInfo query : queries) {
                    int executions = execution.isBatch() && execution.getStatementType() != StatementType.STATEMENT
                            ? Math.max(1, query.getParametersList().size())
                            : 1;
                    if (execution.isBatch()) {
                        batchedStatements.add(executions);
                    }
                    String kind =
                            QueryUtils.getQueryType(query.getQuery()).name().toLowerCase();
                    statementsByKind.computeIfAbsent(kind, k -> new LongAdder()).add(executions);
                    String key = countSql(query.getQuery(), executions);
                    if (key != null && !query.getParametersList().isEmpty()) {
                        lastParameters.put(
                                key,
                                StatementParameters.describe(query.getParametersList()
                                        .get(query.getParametersList().size() - 1)));
                    }
                }
            }
        };
    }

    /** Count a statement by its text; return the key it is counted under, or null when no more are kept. */
    private String countSql(String sql, int executions) {
        String key = sql.strip().replaceAll("\\s+", " ");
        LongAdder adder = statementsBySql.get(key);
        if (adder == null && statementsBySql.size() < MAX_DISTINCT_STATEMENTS) {
            adder = statementsBySql.computeIfAbsent(key, k -> new LongAdder());
        }
        if (adder == null) {
            return null;
        }
        adder.add(executions);
        return key;
    }

    private MethodExecutionListener methodListener() {
        return new MethodExecutionListener() {
            @Override
            public void beforeMethod(MethodExecutionContext context) {}

            @Override
            public void afterMethod(MethodExecutionContext context) {
                String method = context.getMethod().getName();
                Object target = context.getTarget();
                if (target instanceof ResultSet) {
                    if (method.equals("next") && Boolean.TRUE.equals(context.getResult())) {
                        rowsRead.increment();
                    } else if (method.startsWith("get")
                            && context.getThrown() == null
                            && !NOT_VALUES.contains(method)) {
                        valuesRead.add(ReceivedValues.count(context.getResult()));
                    }
                } else if (target instanceof Connection && context.getThrown() == null) {
                    if (method.equals("commit")) {
                        commits.increment();
                    } else if (method.equals("rollback")) {
                        rollbacks.increment();
                    }
                }
            }
        };
    }

    /** Write the counters as properties: a format both sides read without sharing a JSON library. */
    Properties snapshot() {
        Properties properties = new Properties();
        statementsByKind.forEach((kind, count) -> properties.setProperty("statements." + kind, count.toString()));
        properties.setProperty("roundTrips", roundTrips.toString());
        properties.setProperty("batches", batches.toString());
        properties.setProperty("batchedStatements", batchedStatements.toString());
        properties.setProperty("rowsRead", rowsRead.toString());
        properties.setProperty("valuesRead", valuesRead.toString());
        properties.setProperty("commits", commits.toString());
        properties.setProperty("rollbacks", rollbacks.toString());
        int index = 0;
        for (Map.Entry<String, LongAdder> entry : statementsBySql.entrySet()) {
            properties.setProperty("sql." + index + ".text", entry.getKey());
            properties.setProperty("sql." + index + ".count", entry.getValue().toString());
            List<String> parameters = lastParameters.getOrDefault(entry.getKey(), List.of());
            for (int p = 0; p < parameters.size(); p++) {
                properties.setProperty("sql." + index + ".param." + p, parameters.get(p));
            }
            index++;
        }
        return properties;
    }

    void reset() {
        statementsByKind.clear();
        statementsBySql.clear();
        lastParameters.clear();
        roundTrips.reset();
        batches.reset();
        batchedStatements.reset();
        rowsRead.reset();
        valuesRead.reset();
        commits.reset();
        rollbacks.reset();
    }
}
