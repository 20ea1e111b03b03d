package lab.grader.runner;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import lab.probe.ProbeAutoConfiguration;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/** Locate the probe and its one dependency, which the grader adds to every kata's classpath. */
public final class ProbeClasspath {

    private ProbeClasspath() {}

    public static List<String> entries() {
        return List.of(locationOf(ProbeAutoConfiguration.class), locationOf(ProxyDataSourceBuilder.class));
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
