package org.galley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class LoginAndApiSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    String newUser(Role role, String password) {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin(() -> users.create(name, name, password, role));
        return name;
    }

    static void asAdmin(Runnable r) {
        var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("admin", null,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN")));
        var ctx = org.springframework.security.core.context.SecurityContextHolder.getContext();
        ctx.setAuthentication(auth);
        try {
            r.run();
        } finally {
            ctx.setAuthentication(null);
        }
    }

    @Test
    void apiWithoutCredentialsGets401JsonNotTheLoginPage() throws Exception {
        mvc.perform(get("/api/issues"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.error").isNotEmpty())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void apiWithBasicAuthListsTheDemoIssueWithoutASession() throws Exception {
        String user = newUser(Role.CORRECTOR, "correct-horse-1");
        var result = mvc.perform(get("/api/issues").with(httpBasic(user, "correct-horse-1")).with(from("203.0.113.10")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title == 'Demo · 平湖')].pages").value(org.hamcrest.Matchers.hasItem(1)))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).as("stateless: no session for API calls").isNull();
    }

    @Test
    void wrongPasswordOnTheApiIs401() throws Exception {
        String user = newUser(Role.CORRECTOR, "correct-horse-2");
        mvc.perform(get("/api/issues").with(httpBasic(user, "wrong")).with(from("203.0.113.11")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void fiveWrongPasswordsBlockEvenTheRightOneFromThatAddressForAMinute() throws Exception {
        String user = newUser(Role.EDITOR, "correct-horse-3");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/issues").with(httpBasic(user, "guess" + i)).with(from("203.0.113.20")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/issues").with(httpBasic(user, "correct-horse-3")).with(from("203.0.113.20")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("Too many")));
    }

    @Test
    void formLoginWithWrongPasswordReturnsToTheLoginFormWithAnError() throws Exception {
        String user = newUser(Role.CORRECTOR, "correct-horse-4");
        mvc.perform(post("/login").param("username", user).param("password", "nope").with(csrf()).with(from("203.0.113.40")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login?error")));
        mvc.perform(post("/login").param("username", user).param("password", "correct-horse-4").with(csrf()).with(from("203.0.113.41")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("error"))));
    }

    @Test
    void unknownApiPathsAlsoNeedCredentialsAndAnswerInJson() throws Exception {
        mvc.perform(get("/api/no-such-thing")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    @WithMockUser(roles = "CORRECTOR")
    void aCorrectorCannotManageUsers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.list())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
