package lab.grader.probes;

import java.util.Properties;

/**
 * The HTTP requests one kata process counted since the last reset.
 *
 * @param received requests that entered the kata's web stack
 * @param inProgress requests inside it now, not yet answered
 * @param peakInProgress the most it held at once
 */
public record RequestCounts(long received, int inProgress, int peakInProgress) {

    static RequestCounts parse(Properties p) {
        return new RequestCounts(
                Long.parseLong(p.getProperty("received", "0")),
                Integer.parseInt(p.getProperty("inProgress", "0")),
                Integer.parseInt(p.getProperty("peakInProgress", "0")));
    }
}
