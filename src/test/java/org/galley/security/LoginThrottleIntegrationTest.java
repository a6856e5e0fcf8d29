package org.galley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.galley.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The throttle on the real authentication path: HTTP Basic and the provider behind the log-in form. */
@IntegrationTest
class LoginThrottleIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    JdbcClient jdbc;

    String newUser(Role role, String password) {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8);
        LoginAndApiSecurityTest.asAdmin(() -> users.create(name, name, password, role));
        return name;
    }

    String attempt(String user, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        try {
            authentication.authenticate(token);
            return "ok";
        } catch (LoginThrottledException e) {
            return "throttled";
        } catch (BadCredentialsException e) {
            return "wrong";
        }
    }

    @Test
    void aFloodOfWrongPasswordsFromOneAddressDoesNotLockTheAccountFromAnother() throws Exception {
        String admin = newUser(Role.ADMIN, "right-password-1");
        for (int i = 0; i < 40; i++) {
            mvc.perform(get("/api/issues").with(httpBasic(admin, "guess" + i)).with(LoginAndApiSecurityTest.from("198.18.0.66")))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(attempt(admin, "right-password-1", "198.18.0.66")).as("the flooding address is locked").isEqualTo("throttled");
        mvc.perform(get("/api/issues").with(httpBasic(admin, "right-password-1")).with(LoginAndApiSecurityTest.from("198.18.0.1")))
                .andExpect(status().isOk());
    }

    @Test
    void parallelGuessesReachThePasswordCheckAtMostFiveTimes() throws Exception {
        String user = newUser(Role.CORRECTOR, "right-password-2");
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                start.await();
                return attempt(user, "guess" + n, "198.18.0.77");
            }));
        }
        start.countDown();
        int checked = 0;
        for (Future<String> f : results) {
            checked += f.get().equals("wrong") ? 1 : 0;
        }
        pool.shutdown();
        assertThat(checked).as("guesses that got a password check").isEqualTo(5);
    }

    @Test
    void throttledAttemptsLeaveOneAuditRowNotOneEach() {
        String user = newUser(Role.CORRECTOR, "right-password-3");
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(user, "guess" + i, "198.18.0.88")).isEqualTo("wrong");
        }
        for (int i = 0; i < 50; i++) {
            assertThat(attempt(user, "guess" + i, "198.18.0.88")).isEqualTo("throttled");
        }
        long rows = jdbc.sql("select count(*) from audit_event where actor = :u and action = 'login.throttled'")
                .param("u", user).query(Long.class).single();
        assertThat(rows).isEqualTo(1);
    }
}
