package lab.grader.probes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a burst of requests got: how many, how many failed (non-2xx or no answer), and latency percentiles in
 * milliseconds. Percentiles are feedback and ratios within one run, never a verdict on their own.
 */
public record LoadResult(
        long requests, long errors, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {

    public Map<String, Object> metrics() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("requests", requests);
        metrics.put("errors", errors);
        metrics.put("p50Ms", p50Millis);
        metrics.put("p95Ms", p95Millis);
        metrics.put("p99Ms", p99Millis);
        metrics.put("maxMs", maxMillis);
        return metrics;
    }
}
