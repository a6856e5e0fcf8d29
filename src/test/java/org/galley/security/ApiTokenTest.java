package org.galley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.galley.common.Hashes;
import org.galley.common.UserFacingException;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Personal API tokens: shown once, stored as SHA-256, sent as Bearer, revocable, acting with the owner's role. */
@IntegrationTest
class ApiTokenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;

    String newUser(Role role) {
        String name = "k" + UUID.randomUUID().toString().substring(0, 8);
        LoginAndApiSecurityTest.asAdmin(() -> users.create(name, name, "a-long-password", role));
        return name;
    }

    CreatedApiToken tokenFor(String user, String name) {
        return TestData.asUser(user, "ROLE_CORRECTOR", () -> tokens.create(name));
    }

    @Test
    void aBearerTokenOpensTheApiWithoutAPasswordAndOnlyItsHashIsStored() throws Exception {
        String user = newUser(Role.CORRECTOR);
        CreatedApiToken created = tokenFor(user, "nightly export");
        assertThat(created.secret()).startsWith("galley_").hasSizeGreaterThan(40);

        mvc.perform(get("/api/issues").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk());

        String stored = jdbc.sql("select token_sha256 || hint || name from api_token where id = :id")
                .param("id", created.token().id()).query(String.class).single();
        assertThat(stored).doesNotContain(created.secret());
        assertThat(jdbc.sql("select token_sha256 from api_token where id = :id").param("id", created.token().id())
                .query(String.class).single()).isEqualTo(Hashes.sha256(created.secret()));
        assertThat(TestData.asUser(user, "ROLE_CORRECTOR", () -> tokens.own()))
                .extracting(ApiToken::name).containsExactly("nightly export");
    }

    @Test
    void aTokenActsWithItsOwnersRole() throws Exception {
        String corrector = newUser(Role.CORRECTOR);
        CreatedApiToken created = tokenFor(corrector, "script");
        mvc.perform(get("/api/users").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("error.forbidden"));
    }

    @Test
    void aRevokedTokenOrADisabledOwnersTokenIsRefusedWithAChallenge() throws Exception {
        String user = newUser(Role.EDITOR);
        CreatedApiToken revoked = tokenFor(user, "old");
        CreatedApiToken kept = tokenFor(user, "kept");
        TestData.asUser(user, "ROLE_EDITOR", () -> {
            tokens.revoke(revoked.token().id());
            return null;
        });
        mvc.perform(get("/api/issues").header("Authorization", "Bearer " + revoked.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.containsString("invalid_token")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("error.tokenInvalid"));
        mvc.perform(get("/api/issues").header("Authorization", "Bearer " + kept.secret())).andExpect(status().isOk());

        LoginAndApiSecurityTest.asAdmin(() -> users.setEnabled(user, false));
        mvc.perform(get("/api/issues").header("Authorization", "Bearer " + kept.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyCanRevokeAnotherUsersToken() {
        String owner = newUser(Role.CORRECTOR);
        String other = newUser(Role.CORRECTOR);
        CreatedApiToken created = tokenFor(owner, "mine");
        assertThatThrownBy(() -> TestData.asUser(other, "ROLE_CORRECTOR", () -> {
            tokens.revoke(created.token().id());
            return null;
        })).isInstanceOf(UserFacingException.class).extracting("key").isEqualTo("tokens.error.unknown");
        assertThat(TestData.asUser(other, "ROLE_CORRECTOR", () -> tokens.own())).isEmpty();
        assertThat(TestData.asUser(owner, "ROLE_CORRECTOR", () -> tokens.own())).hasSize(1);
    }

    @Test
    void aTokenNeedsAShortPrintableName() {
        String user = newUser(Role.CORRECTOR);
        for (String bad : new String[] {"", "   ", "x".repeat(101), "tab\there"}) {
            assertThatThrownBy(() -> tokenFor(user, bad)).isInstanceOf(UserFacingException.class)
                    .extracting("key").isEqualTo("tokens.error.name");
        }
        assertThat(TestData.asUser(user, "ROLE_CORRECTOR", () -> tokens.own())).isEmpty();
    }

    @Test
    void apiCallsWithoutCredentialsAreChallengedForBothSchemes() throws Exception {
        mvc.perform(get("/api/issues"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.allOf(Matchers.containsString("Bearer"), Matchers.containsString("Basic"))))
                .andExpect(jsonPath("$.code").value("error.unauthorized"));
        mvc.perform(get("/api/issues").header("Authorization", "Bearer galley_made-up"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("error.tokenInvalid"));
    }
}
