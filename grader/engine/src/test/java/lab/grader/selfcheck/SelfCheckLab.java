package lab.grader.selfcheck;

import java.util.Properties;
import lab.grader.Lab;
import lab.grader.LabSettings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Share one {@link Lab} among all self-check classes, so PostgreSQL and Redis start once for the whole run; JUnit
 * closes it, writing the self-check's reports, when the run ends.
 */
final class SelfCheckLab implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SelfCheckLab.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Lab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent("lab", key -> new SharedLab(), SharedLab.class)
                .lab;
    }

    private static final class SharedLab implements AutoCloseable {

        private final Lab lab = Lab.open(LabSettings.from(properties()), System.getenv(), System.getProperties());

        // The self-check grades from JUnit's thread, one kata at a time: slots beyond the first would only start
        // Redis servers and stretch the time limits. Parallel grading is proven by grading the lab both ways (.ci/run).
        private static Properties properties() {
            Properties properties = new Properties();
            properties.putAll(System.getProperties());
            properties.putIfAbsent("lab.parallel", "1");
            return properties;
        }

        @Override
        public void close() {
            lab.finish(lab.settings().labDirectory().resolve("selfcheck"));
            lab.close();
        }
    }
}
