package org.galley.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Log-in CSRF: another site must not log a visitor's browser into Galley under the attacker's account. The
 * log-in form is posted by Vaadin's login component, which the Vaadin security configuration exempts from the
 * CSRF token check; so the form post must come from Galley's own pages: its {@code Origin} (or, failing that,
 * {@code Referer}) must be this server. Browsers always send {@code Origin} on a cross-site POST; a post with
 * neither header cannot come from another site's page and is let through (scripts, curl).
 */
class LoginOriginFilter extends OncePerRequestFilter {

    private final String loginPath;

    LoginOriginFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !loginPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String claimed = request.getHeader("Origin");
        if (claimed == null) {
            claimed = originOf(request.getHeader("Referer"));
        }
        if (claimed != null && !claimed.equalsIgnoreCase(ownOrigin(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** This server as the browser sees it (behind a proxy: with {@code server.forward-headers-strategy} set). */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String originOf(String referer) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "invalid";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }
}
