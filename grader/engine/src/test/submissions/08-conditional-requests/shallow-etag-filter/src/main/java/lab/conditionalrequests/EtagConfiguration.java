package lab.conditionalrequests;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Known-bad: Spring's ShallowEtagHeaderFilter hashes each response body into an ETag and turns a match into a 304.
 * It saves the bytes, but the list query still runs on every poll.
 */
@Configuration
class EtagConfiguration {

    @Bean
    ShallowEtagHeaderFilter shallowEtagHeaderFilter() {
        return new ShallowEtagHeaderFilter();
    }
}
