package org.galley.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is unavailable every request but the health endpoint is answered 503 "the database is
 * unavailable, retrying" at once (JSON under /api, a page that reloads itself elsewhere), instead of waiting for
 * the pool and then failing. A request that meets a lost database on its way (a log-in whose user cannot be
 * read, an API call whose query breaks) gets the same 503 instead of 401, a "wrong password" redirect or 500.
 * Registered ahead of Spring Security.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String KEY = "error.databaseUnavailable";
    private static final String RETRY_AFTER_SECONDS = "5";

    private final DatabaseAvailability availability;
    private final GalleyI18NProvider i18n;

    DatabaseUnavailableFilter(DatabaseAvailability availability, GalleyI18NProvider i18n) {
        this.availability = availability;
        this.i18n = i18n;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.isAvailable()) {
            writeUnavailable(request, response);
            return;
        }
        DatabaseFailures.clearThisThread();
        GuardedResponse guarded = new GuardedResponse(request, response);
        try {
            chain.doFilter(request, guarded);
        } catch (IOException | ServletException | RuntimeException e) {
            if (DatabaseFailures.seenOnThisThread() && !response.isCommitted()) {
                response.reset();
                writeUnavailable(request, response);
                return;
            }
            throw e;
        } finally {
            DatabaseFailures.clearThisThread();
        }
    }

    void writeUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        String message = i18n.getTranslation(KEY, locale);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.equals("/api")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":503,\"error\":\"" + Json.escape(message) + "\",\"code\":\"" + KEY + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\""
                    + RETRY_AFTER_SECONDS + "\"><title>Galley</title></head><body><p>" + Json.escapeHtml(message) + "</p></body></html>");
        }
        response.flushBuffer();
    }

    /**
     * Turns the 401, 500 or "log-in failed" redirect that a lost database caused into the 503 above; any other
     * answer passes untouched.
     */
    private final class GuardedResponse extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private boolean replaced;

        GuardedResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        private boolean replace(int status) throws IOException {
            if (replaced) {
                return true;
            }
            if ((status == SC_UNAUTHORIZED || status == SC_INTERNAL_SERVER_ERROR) && DatabaseFailures.seenOnThisThread()
                    && !getResponse().isCommitted()) {
                replaced = true;
                getResponse().reset();
                writeUnavailable(request, (HttpServletResponse) getResponse());
                return true;
            }
            return false;
        }

        @Override
        public void setStatus(int sc) {
            try {
                if (!replace(sc)) {
                    super.setStatus(sc);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (!replace(sc)) {
                super.sendError(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (!replace(sc)) {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            // The log-in form's failure redirect (/login?error) would tell the user their password is wrong.
            if (!replace(location.contains("?error") ? SC_UNAUTHORIZED : SC_FOUND)) {
                super.sendRedirect(location);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!replaced) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!replaced) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!replaced) {
                super.setContentType(type);
            }
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return replaced ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!replaced) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                }
            };
        }
    }

    /** Minimal escaping for the two fixed formats above. */
    static final class Json {
        private Json() {
        }

        static String escape(String s) {
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 0x20) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        static String escapeHtml(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
