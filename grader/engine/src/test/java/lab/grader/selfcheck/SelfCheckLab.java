package lab.grader.selfcheck;

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

        private final Lab lab =
                Lab.open(LabSettings.from(System.getProperties()), System.getenv(), System.getProperties());

        @Override
        public void close() {
            lab.finish(lab.settings().labDirectory().resolve("selfcheck"));
            lab.close();
        }
    }
}
