package org.galley.common.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.galley.common.GalleyI18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * {@code /api/...} addresses that no API controller serves answer 404 in the API's JSON shape. Without this,
 * Vaadin's catch-all mapping (which serves the editor at every other address) answered them with the editor's
 * HTML page and 200. Ordered after the controllers' mappings, so a known address with a wrong method still gets
 * 405 from them, and before Vaadin's.
 */
@Configuration
public class ApiFallback {

    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping(GalleyI18NProvider i18n, ObjectMapper json) {
        HttpRequestHandler notFound = (request, response) -> write(json, response, HttpStatus.NOT_FOUND,
                i18n.getTranslation("error.notFound", request.getLocale()), "error.notFound");
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return mapping;
    }

    /** Errors raised before a controller was chosen, on an API address: answered as {@link ApiErrors} would. */
    @Bean
    HandlerExceptionResolver apiErrorsBeforeHandler(ApiErrors errors, ObjectMapper json) {
        return new Resolver(errors, json);
    }

    static final class Resolver implements HandlerExceptionResolver, Ordered {
        private final ApiErrors errors;
        private final ObjectMapper json;

        Resolver(ApiErrors errors, ObjectMapper json) {
            this.errors = errors;
            this.json = json;
        }

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
            if (handler != null || !isApi(request)) {
                return null;
            }
            ResponseEntity<Map<String, Object>> answer = errors.beforeHandler(ex, RequestContextUtils.getLocale(request));
            if (answer == null) {
                return null;
            }
            try {
                answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
                if (answer.getBody() == null) {
                    response.setStatus(answer.getStatusCode().value());
                } else {
                    write(json, response, HttpStatus.valueOf(answer.getStatusCode().value()),
                            (String) answer.getBody().get("error"), (String) answer.getBody().get("code"));
                }
                return new ModelAndView();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }

    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String message, String code)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), Map.of("status", status.value(), "error", message, "code", code));
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
