package org.galley.common.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every API error, wherever it arises, is {"status":…,"error":"…","code":"…"} with the right status. */
@IntegrationTest
class ApiErrorShapeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    org.galley.issue.IssueService issues;
    @LocalServerPort
    int port;

    String user;

    @BeforeEach
    void user() {
        user = "e" + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            users.create(user, user, "a-long-password", Role.EDITOR);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void shaped(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.error").isNotEmpty())
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void anUnknownApiAddressIs404JsonNotTheEditorPage() throws Exception {
        shaped(mvc.perform(get("/api/no-such-thing").with(httpBasic(user, "a-long-password"))), 404, "error.notFound");
        shaped(mvc.perform(get("/api/issues/1/no-such-thing").with(httpBasic(user, "a-long-password"))), 404, "error.notFound");
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOnes() throws Exception {
        ResultActions result = mvc.perform(delete("/api/issues").with(httpBasic(user, "a-long-password")));
        shaped(result, 405, "error.method");
        result.andExpect(header().string("Allow", Matchers.containsString("GET")));
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        shaped(mvc.perform(post("/api/issues").with(httpBasic(user, "a-long-password"))
                .contentType(MediaType.TEXT_PLAIN).content("title=x")), 415, "error.mediaType");
        shaped(mvc.perform(post("/api/issues/1/pages").with(httpBasic(user, "a-long-password"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 415, "error.mediaType");
    }

    @Test
    void theArticlesOfAnIssueThatDoesNotExistAre404LikeTheIssue() throws Exception {
        shaped(mvc.perform(get("/api/issues/999999/articles").with(httpBasic(user, "a-long-password"))), 404, "issue.error.unknown");
        mvc.perform(get("/api/issues/999999").with(httpBasic(user, "a-long-password")))
                .andExpect(jsonPath("$.error").value(Matchers.containsString("999999")));
    }

    /** Multipart limits are applied by Tomcat while it parses the body: only a real server shows them. */
    @Test
    void aVeryLongFileNameGetsAJsonAnswer() throws Exception {
        String boundary = "galley" + UUID.randomUUID();
        String name = "p".repeat(2000) + ".txt";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\nHello\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/issues/999999/pages"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":a-long-password").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(json.get("error").asText()).isNotBlank();
        assertThat(json.get("code").asText()).isNotBlank();
    }
    HttpResponse<String> raw(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":a-long-password").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void jsonShaped(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("error").asText()).isNotBlank();
        assertThat(json.get("code").asText()).isEqualTo(code);
    }

    long issueCount() {
        return org.galley.support.TestData.asUser("reader", "ROLE_CORRECTOR", () -> issues.countAll());
    }

    /** A body is one JSON value: what follows it is malformed input, refused before anything is written. */
    @Test
    void aBodyWithTrailingJunkIs400AndCreatesNothing() throws Exception {
        long before = issueCount();
        String title = "Trailing " + UUID.randomUUID();
        shaped(mvc.perform(post("/api/issues").with(httpBasic(user, "a-long-password")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"" + title + "\",\"date\":\"2023-01-01\"} junk")), 400, "error.badRequest");
        shaped(mvc.perform(post("/api/issues").with(httpBasic(user, "a-long-password")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"" + title + "\",\"date\":\"2023-01-01\"}{\"title\":\"x\"}")), 400, "error.badRequest");
        shaped(mvc.perform(post("/api/articles/approve").with(httpBasic(user, "a-long-password")).contentType(MediaType.APPLICATION_JSON)
                .content("[] ]")), 400, "error.badRequest");
        assertThat(issueCount()).isEqualTo(before);
    }

    @Test
    void anIssueLanguageThatIsNotALanguageCodeIs400AndCreatesNothing() throws Exception {
        long before = issueCount();
        for (String language : List.of("xx'", "<b>en</b>", "en en", "deutsch-und-englisch-gemischt")) {
            shaped(mvc.perform(post("/api/issues").with(httpBasic(user, "a-long-password")).contentType(MediaType.APPLICATION_JSON)
                    .content(new ObjectMapper().writeValueAsString(java.util.Map.of("title", "Lang " + UUID.randomUUID(),
                            "date", "2023-01-01", "language", language)))), 400, "issue.error.language");
        }
        assertThat(issueCount()).isEqualTo(before);
        mvc.perform(post("/api/issues").with(httpBasic(user, "a-long-password")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Lang " + UUID.randomUUID() + "\",\"date\":\"2023-01-01\",\"language\":\"de\"}"))
                .andExpect(status().isCreated());
    }

    /** Refused before any controller: by Spring Security's firewall (dot segments) and by Tomcat (an encoded slash). */
    @Test
    void aPathWithDotSegmentsOrAnEncodedSlashGetsAJson400() throws Exception {
        jsonShaped(raw("GET", "/api/issues/1/../2", null, null), 400, "error.badRequest");
        jsonShaped(raw("GET", "/api/issues/1/publications/latest/../../../export.zip", null, null), 400, "error.badRequest");
        jsonShaped(raw("GET", "/api/articles/..%2F..%2Fetc%2Fpasswd", null, null), 400, "error.badRequest");
        jsonShaped(raw("POST", "/api/issues/..%2F1/pages", "application/json", "{}"), 400, "error.badRequest");
    }
}
