package org.galley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.galley.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** What a browser gets from the real server: security headers, the session cookie, log-in CSRF. */
@IntegrationTest
class WebSecurityHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @LocalServerPort
    int port;

    HttpResponse<String> fetch(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEditorPagesCarryAPolicyVaadinCanLiveWith() throws Exception {
        HttpResponse<String> login = fetch("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "connect-src 'self' ws: wss:", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    }

    @Test
    void theApiCarriesAPolicyThatLoadsNothing() throws Exception {
        HttpResponse<String> api = fetch("/api/issues");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(w -> assertThat(w).contains("Bearer", "Basic"));
    }

    @Test
    void theSessionCookieIsSameSiteLaxHttpOnlyAndNeverInAUrl() throws Exception {
        HttpResponse<String> redirect = fetch("/");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        List<String> cookies = redirect.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(c -> assertThat(c).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure"));
        HttpResponse<String> login = fetch("/login");
        assertThat(login.body()).doesNotContainIgnoringCase(";jsessionid=");
    }

    /** Vaadin exempts its log-in form from the CSRF token check, so a form on another site could log a visitor in. */
    @Test
    void aLogInPostedFromAnotherSiteIsRefused() throws Exception {
        String name = "o" + UUID.randomUUID().toString().substring(0, 8);
        LoginAndApiSecurityTest.asAdmin(() -> users.create(name, name, "a-long-password", Role.CORRECTOR));
        mvc.perform(post("/login").param("username", name).param("password", "a-long-password")
                        .header("Origin", "https://evil.example").with(LoginAndApiSecurityTest.from("203.0.113.90")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", name).param("password", "a-long-password")
                        .header("Origin", "null").with(LoginAndApiSecurityTest.from("203.0.113.90")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", name).param("password", "a-long-password").with(csrf())
                        .header("Origin", "https://evil.example").with(LoginAndApiSecurityTest.from("203.0.113.90")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", name).param("password", "a-long-password").with(csrf())
                        .header("Referer", "https://evil.example/page").with(LoginAndApiSecurityTest.from("203.0.113.90")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", name).param("password", "a-long-password").with(csrf())
                        .header("Origin", "http://localhost").with(LoginAndApiSecurityTest.from("203.0.113.90")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.not(Matchers.containsString("error"))));
        // Vaadin's own log-in form posts without a token, from Galley's page.
        mvc.perform(post("/login").param("username", name).param("password", "a-long-password")
                        .header("Origin", "http://localhost").with(LoginAndApiSecurityTest.from("203.0.113.90")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.not(Matchers.containsString("error"))));
    }
}
