package org.galley.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.galley.common.AuditTrail;
import org.galley.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: {@code /api/**} for scripts (HTTP Basic, stateless, no CSRF token, JSON errors) and
 * everything else for the Vaadin editor (form login, session, Vaadin's CSRF protection).
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    AuthenticationManager authenticationManager(DatabaseUserDetailsService users, PasswordEncoder encoder,
                                                LoginThrottle throttle, AuditTrail audit) {
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(users, encoder, throttle, audit));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        writeJsonError(response, HttpServletResponse.SC_UNAUTHORIZED,
                                e instanceof LoginThrottledException ? e.getMessage() : "Authentication required: use HTTP Basic with a Galley user.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> writeJsonError(response, HttpServletResponse.SC_UNAUTHORIZED,
                                "Authentication required: use HTTP Basic with a Galley user."))
                        .accessDeniedHandler((request, response, e) -> writeJsonError(response, HttpServletResponse.SC_FORBIDDEN,
                                "Your role does not allow this.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain editorChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")).build();
    }

    static void writeJsonError(HttpServletResponse response, int status, String message) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + jsonEscape(message) + "\"}");
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
