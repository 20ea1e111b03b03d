package lab.grader.probes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Hold the SQL work one or more kata processes did since their counters were reset, as counted inside the kata
 * by datasource-proxy on every thread.
 *
 * @param statementsByKind select, insert, update, delete, other
 * @param roundTrips calls that went to the database: a batch counts once
 * @param batchedStatements statements that travelled inside batches
 * @param rowsRead rows the kata read from result sets
 * @param valuesRead values the kata received in those rows: one per column value read, one per element of an
 *     array, one per scalar of a JSON text, one per 16 characters of other text (the probe's {@code ReceivedValues})
 * @param statementsBySql each distinct SQL text (whitespace folded) and how often it ran
 * @param parametersBySql the parameters of each statement's latest execution, as the probe wrote them
 */
public record SqlSnapshot(
        Map<String, Long> statementsByKind,
        long roundTrips,
        long batches,
        long batchedStatements,
        long rowsRead,
        long valuesRead,
        long commits,
        long rollbacks,
        Map<String, Long> statementsBySql,
        Map<String, List<String>> parametersBySql) {

    public static final SqlSnapshot EMPTY = new SqlSnapshot(Map.of(), 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of());

    static SqlSnapshot parse(String body) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> byKind = new HashMap<>();
        Map<String, Long> bySql = new HashMap<>();
        Map<String, List<String>> parameters = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("statements.")) {
                byKind.put(name.substring("statements.".length()), Long.parseLong(p.getProperty(name)));
            } else if (name.startsWith("sql.") && name.endsWith(".text")) {
                String index = name.substring(4, name.length() - 5);
                bySql.put(p.getProperty(name), Long.parseLong(p.getProperty("sql." + index + ".count", "0")));
                List<String> values = new ArrayList<>();
                for (int i = 0; p.containsKey("sql." + index + ".param." + i); i++) {
                    values.add(p.getProperty("sql." + index + ".param." + i));
                }
                parameters.put(p.getProperty(name), values);
            }
        }
        return new SqlSnapshot(
                byKind,
                number(p, "roundTrips"),
                number(p, "batches"),
                number(p, "batchedStatements"),
                number(p, "rowsRead"),
                number(p, "valuesRead"),
                number(p, "commits"),
                number(p, "rollbacks"),
                bySql,
                parameters);
    }

    private static long number(Properties p, String name) {
        return Long.parseLong(p.getProperty(name, "0"));
    }

    public long statements() {
        return statementsByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long selects() {
        return statementsByKind.getOrDefault("select", 0L);
    }

    public long writes() {
        return statementsByKind.getOrDefault("insert", 0L)
                + statementsByKind.getOrDefault("update", 0L)
                + statementsByKind.getOrDefault("delete", 0L);
    }

    /** Add the work of another process, to see two instances of a kata as one service. */
    public SqlSnapshot plus(SqlSnapshot other) {
        return new SqlSnapshot(
                sum(statementsByKind, other.statementsByKind),
                roundTrips + other.roundTrips,
                batches + other.batches,
                batchedStatements + other.batchedStatements,
                rowsRead + other.rowsRead,
                valuesRead + other.valuesRead,
                commits + other.commits,
                rollbacks + other.rollbacks,
                sum(statementsBySql, other.statementsBySql),
                merge(parametersBySql, other.parametersBySql));
    }

    private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }

    /**
     * Return the most frequent statement whose text contains the given fragment (case-insensitive), with the
     * parameters it last ran with, e.g. {@code captured("from purchase_order")}.
     */
    public Optional<CapturedStatement> captured(String fragment) {
        String wanted = fragment.toLowerCase();
        return mostFrequent(Integer.MAX_VALUE).stream()
                .filter(entry -> entry.getKey().toLowerCase().contains(wanted))
                .findFirst()
                .map(entry -> CapturedStatement.of(
                        entry.getKey(), entry.getValue(), parametersBySql.getOrDefault(entry.getKey(), List.of())));
    }

    /**
     * The distinct statements whose SQL text contains the fragment (case-insensitive): e.g. a marker the grader sent
     * as input, which a statement's text holds only if the input was pasted into it instead of bound.
     */
    public List<String> textsContaining(String fragment) {
        String wanted = fragment.toLowerCase();
        return statementsBySql.keySet().stream()
                .filter(sql -> sql.toLowerCase().contains(wanted))
                .sorted()
                .toList();
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> total = new HashMap<>(a);
        b.forEach((key, value) -> total.merge(key, value, Long::sum));
        return total;
    }

    /** Return the statements that ran most often, most first. */
    public List<Map.Entry<String, Long>> mostFrequent(int limit) {
        return statementsBySql.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
    }

    /** Describe the most frequent statements for a failure message, e.g. "51 x select ... where order_id = ?". */
    public String describeMostFrequent(int limit) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Long> entry : mostFrequent(limit)) {
            text.append("\n  ")
                    .append(entry.getValue())
                    .append(" x `")
                    .append(abbreviate(entry.getKey()))
                    .append('`');
        }
        return text.toString();
    }

    static String abbreviate(String sql) {
        return sql.length() <= 140 ? sql : sql.substring(0, 137) + "...";
    }

    /** Return the figures as report metrics. */
    public Map<String, Object> metrics() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("statements", statements());
        metrics.put("selects", selects());
        metrics.put("roundTrips", roundTrips);
        metrics.put("batches", batches);
        metrics.put("rowsRead", rowsRead);
        metrics.put("valuesRead", valuesRead);
        return metrics;
    }
}
