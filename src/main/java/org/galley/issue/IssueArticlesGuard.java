package org.galley.issue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.galley.common.UserFacingException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code GET /api/issues/{id}/articles} of an issue that does not exist answers 404 like {@code /api/issues/{id}},
 * not an empty list. The articles are listed by the article API; the issue's existence is this package's to say.
 */
@Configuration
class IssueArticlesGuard implements WebMvcConfigurer {

    private final IssueService issues;

    IssueArticlesGuard(IssueService issues) {
        this.issues = issues;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                @SuppressWarnings("unchecked")
                Map<String, String> vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
                String id = vars == null ? null : vars.get("issueId");
                if (id != null && id.matches("\\d{1,18}") && !issues.exists(Long.parseLong(id))) {
                    throw UserFacingException.notFound("issue.error.unknown", Long.parseLong(id));
                }
                return true;
            }
        }).addPathPatterns("/api/issues/*/articles");
    }
}
