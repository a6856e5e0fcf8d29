package org.galley.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.galley.common.AuditTrail;
import org.galley.common.GalleyI18NProvider;
import org.galley.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: {@code /api/**} for scripts (personal token as {@code Bearer} or HTTP Basic, stateless,
 * no CSRF token, JSON errors) and everything else for the Vaadin editor (form login, session, Vaadin's CSRF
 * protection, the log-in form's origin checked). Both send a Content-Security-Policy, Referrer-Policy and
 * Permissions-Policy.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * Vaadin Flow's client runs inline bootstrap scripts, evaluates code the server sends and sets inline
     * styles, so it needs 'unsafe-inline' and 'unsafe-eval'; everything else is limited to this server
     * (ws/wss for push, should it be switched on; data/blob images for the upload previews).
     */
    static final String EDITOR_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The API serves JSON and ZIP files, never a page: nothing may run or load from it. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";
    static final String CHALLENGE = "Bearer realm=\"Galley\", Basic realm=\"Galley\", charset=\"UTF-8\"";

    @Bean
    AuthenticationManager authenticationManager(DatabaseUserDetailsService users, PasswordEncoder encoder,
                                                LoginThrottle throttle, AuditTrail audit) {
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(users, encoder, throttle, audit));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokenService tokens,
                                 GalleyI18NProvider i18n) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> unauthorized(i18n, request, response, e);
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> writeJsonError(response, HttpServletResponse.SC_FORBIDDEN,
                                i18n.getTranslation("error.forbidden", request.getLocale()), "error.forbidden")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> policies(headers, API_CSP));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain editorChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
                .addFilterBefore(new LoginOriginFilter("/login"), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> policies(headers, EDITOR_CSP));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")).build();
    }

    private static void policies(HeadersConfigurer<HttpSecurity> headers, String csp) {
        headers.contentSecurityPolicy(c -> c.policyDirectives(csp))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .frameOptions(Customizer.withDefaults());
    }

    private static void unauthorized(GalleyI18NProvider i18n, HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException e) throws IOException {
        String code = e instanceof LoginThrottledException ? "error.throttled"
                : e instanceof BearerTokenFilter.InvalidTokenException ? "error.tokenInvalid" : "error.unauthorized";
        response.setHeader("WWW-Authenticate", e instanceof BearerTokenFilter.InvalidTokenException
                ? "Bearer realm=\"Galley\", error=\"invalid_token\"" : CHALLENGE);
        writeJsonError(response, HttpServletResponse.SC_UNAUTHORIZED, i18n.getTranslation(code, request.getLocale()), code);
    }

    static void writeJsonError(HttpServletResponse response, int status, String message, String code) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + jsonEscape(message)
                + "\",\"code\":\"" + jsonEscape(code) + "\"}");
    }

    private static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
