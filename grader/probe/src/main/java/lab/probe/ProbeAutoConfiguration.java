package lab.probe;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
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

    // Static, so that registering the post-processor does not create this configuration class early.
    @Bean
    static BeanPostProcessor labProbeDataSourceWrapper(ObjectProvider<SqlCounters> counters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return counters.getObject().wrap(dataSource);
                }
                return bean;
            }
        };
    }

    @Bean
    ProbeServer labProbeServer(SqlCounters counters, ObjectProvider<DataSource> dataSources, Environment environment) {
        return new ProbeServer(counters, new PoolStateReader(dataSources), environment);
    }
}
