package lab.probe;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Switch the probe on when the grader starts a kata with {@code lab.probe.ready-file}; a kata run by hand never
 * sees it.
 */
@AutoConfiguration
@ConditionalOnProperty("lab.probe.ready-file")
public class ProbeAutoConfiguration {

    @Bean
    static SqlCounters labProbeSqlCounters() {
        return new SqlCounters();
    }

    @Bean
    static ConnectionCounters labProbeConnectionCounters() {
        return new ConnectionCounters();
    }

    // Static, so that registering the post-processor does not create this configuration class early.
    @Bean
    static BeanPostProcessor labProbeDataSourceWrapper(
            ObjectProvider<SqlCounters> counters, ObjectProvider<ConnectionCounters> connections) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return counters.getObject().wrap(dataSource, connections.getObject());
                }
                return bean;
            }
        };
    }

    @Bean
    static RequestCounters labProbeRequestCounters() {
        return new RequestCounters();
    }

    @Bean
    ProbeServer labProbeServer(
            SqlCounters counters,
            ConnectionCounters connections,
            RequestCounters requests,
            ObjectProvider<DataSource> dataSources,
            Environment environment) {
        return new ProbeServer(
                counters, connections, requests, new ThreadCounters(), new PoolStateReader(dataSources), environment);
    }

    // Nested, so that a kata without a servlet stack never loads the filter class.
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    static class ServletRequests {

        // Spring Boot registers a Filter bean with the embedded server, in its Ordered position: first.
        @Bean
        RequestCountingFilter labProbeRequestCountingFilter(RequestCounters requests) {
            return new RequestCountingFilter(requests);
        }
    }
}
