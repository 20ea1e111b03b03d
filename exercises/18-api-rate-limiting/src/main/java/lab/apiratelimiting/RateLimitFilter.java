package lab.apiratelimiting;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request needs an {@code X-Api-Key}. Last year's hotfix against a partner's retry loop: at most
 * {@code ratelimit.capacity} requests per {@code ratelimit.period} per client address, counted in this instance's
 * memory, in windows that start when the first request of a client arrives.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    private final int capacity;
    private final long periodMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimitFilter(@Value("${ratelimit.capacity}") int capacity, @Value("${ratelimit.period}") Duration period) {
        this.capacity = capacity;
        this.periodMillis = period.toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String apiKey = request.getHeader("X-Api-Key");
        if (apiKey == null || apiKey.isBlank()) {
            response.setStatus(401);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"send your API key as X-Api-Key\"}");
            return;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        String client = forwarded != null ? forwarded.split(",")[0].strip() : request.getRemoteAddr();
        long now = System.currentTimeMillis();
        Window window = windows.compute(
                client,
                (key, old) -> old == null || now - old.start() >= periodMillis ? new Window(now, 1) : old.plusOne());
        if (window.count() > capacity) {
            response.setStatus(429);
            response.getWriter().write("slow down");
            return;
        }
        chain.doFilter(request, response);
    }

    private record Window(long start, int count) {

        Window plusOne() {
            return new Window(start, count + 1);
        }
    }
}
