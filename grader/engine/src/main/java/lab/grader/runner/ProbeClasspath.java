package lab.grader.runner;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import lab.probe.ProbeAutoConfiguration;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.HdrHistogram.Histogram;

/** Locate the probe and its dependencies, which the grader adds to every kata's classpath. */
public final class ProbeClasspath {

    private ProbeClasspath() {}

    public static List<String> entries() {
        return List.of(
                locationOf(ProbeAutoConfiguration.class),
                locationOf(ProxyDataSourceBuilder.class),
                locationOf(Histogram.class));
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate " + type.getName(), e);
        }
    }
}
