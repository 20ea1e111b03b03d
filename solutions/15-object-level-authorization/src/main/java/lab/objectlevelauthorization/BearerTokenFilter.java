package lab.objectlevelauthorization;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication, which works: {@code Authorization: Bearer <token>} is looked up in {@code app_user}, and the request
 * runs as that {@link Caller}, with the authority {@code ROLE_<role>}. No token, or an unknown one: anonymous (401).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final UserRepository users;

    BearerTokenFilter(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            users.callerWithToken(header.substring("Bearer ".length()).strip())
                    .ifPresent(caller -> SecurityContextHolder.getContext()
                            .setAuthentication(new UsernamePasswordAuthenticationToken(
                                    caller, null, List.of(new SimpleGrantedAuthority("ROLE_" + caller.role())))));
        }
        chain.doFilter(request, response);
    }
}
