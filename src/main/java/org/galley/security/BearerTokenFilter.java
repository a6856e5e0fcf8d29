package org.galley.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: a personal token stands for its owner, for this request
 * only (no session). A token that is unknown, revoked or whose owner is disabled gets 401 at once, without
 * falling back to anything else. Requests without a bearer token pass on to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final class InvalidTokenException extends BadCredentialsException {
        InvalidTokenException() {
            super("invalid token");
        }
    }

    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Optional<ApiTokenService.TokenUser> user = tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            holder.clearContext();
            entryPoint.commence(request, response, new InvalidTokenException());
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get().username(), null,
                List.of(new SimpleGrantedAuthority(user.get().role().authority())));
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        chain.doFilter(request, response);
    }
}
