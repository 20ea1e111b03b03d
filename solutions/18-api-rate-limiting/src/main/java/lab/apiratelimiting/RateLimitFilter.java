package lab.apiratelimiting;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request needs an {@code X-Api-Key}, and takes a token from that key's bucket ({@link TokenBucket}). The key
 * is who the partner is; an address (or {@code X-Forwarded-For}, which any client can set) is not. Without a token: a
 * 429 problem whose {@code Retry-After} says, in whole seconds, when the next one will be there.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    private final TokenBucket buckets;

    RateLimitFilter(TokenBucket buckets) {
        this.buckets = buckets;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String apiKey = request.getHeader("X-Api-Key");
        if (apiKey == null || apiKey.isBlank()) {
            problem(response, 401, "Unauthorized", "send your API key as X-Api-Key");
            return;
        }
        Duration wait = buckets.take(apiKey.strip());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            problem(
                    response,
                    429,
                    "Too Many Requests",
                    "this API key has used its requests for now; try again in " + seconds + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
