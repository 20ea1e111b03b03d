package lab.probe;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;

/**
 * Count each request as it enters the kata's servlet stack, before any of the kata's own filters, and as it leaves.
 * A request the kata hands to an async thread counts as ended when the servlet thread returns: no kata does that yet.
 */
final class RequestCountingFilter implements Filter, Ordered {

    private final RequestCounters counters;

    RequestCountingFilter(RequestCounters counters) {
        this.counters = counters;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        counters.started();
        try {
            chain.doFilter(request, response);
        } finally {
            counters.ended();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
