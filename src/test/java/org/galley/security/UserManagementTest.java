package org.galley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.galley.common.AuditTrail;
import org.galley.common.UserFacingException;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserManagementTest {

    @Autowired
    UserService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail audit;

    <T> T asAdmin(java.util.concurrent.Callable<T> c) {
        return TestData.asUser("admin", "ROLE_ADMIN", c);
    }

    @Test
    void anAdminAddsAUserSetsTheRoleResetsThePasswordAndDisablesTheAccount() throws Exception {
        String name = "staff" + UUID.randomUUID().toString().substring(0, 6);
        asAdmin(() -> users.create(name, "Staff Member", "first-password-1", Role.CORRECTOR));
        mvc.perform(get("/api/issues").with(httpBasic(name, "first-password-1")).with(r -> { r.setRemoteAddr("198.51.100.50"); return r; }))
                .andExpect(status().isOk());

        asAdmin(() -> {
            users.setRole(name, Role.EDITOR);
            users.resetPassword(name, "second-password-2");
            return null;
        });
        assertThat(asAdmin(() -> users.list())).filteredOn(u -> u.username().equals(name)).singleElement()
                .satisfies(u -> assertThat(u.role()).isEqualTo(Role.EDITOR));
        mvc.perform(get("/api/issues").with(httpBasic(name, "first-password-1")).with(r -> { r.setRemoteAddr("198.51.100.51"); return r; }))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/issues").with(httpBasic(name, "second-password-2")).with(r -> { r.setRemoteAddr("198.51.100.52"); return r; }))
                .andExpect(status().isOk());

        asAdmin(() -> {
            users.setEnabled(name, false);
            return null;
        });
        mvc.perform(get("/api/issues").with(httpBasic(name, "second-password-2")).with(r -> { r.setRemoteAddr("198.51.100.53"); return r; }))
                .andExpect(status().isUnauthorized());
        assertThat(audit.recent(50)).extracting(AuditTrail.Event::action).contains("user.create", "user.role", "user.password", "user.disable");
    }

    @Test
    void eachUserKeepsTheirOwnLanguage() {
        String name = "lang" + UUID.randomUUID().toString().substring(0, 6);
        asAdmin(() -> users.create(name, name, "language-pass-1", Role.CORRECTOR));
        TestData.asUser(name, "ROLE_CORRECTOR", () -> {
            assertThat(users.ownLocale()).isEmpty();
            users.setOwnLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            assertThat(users.ownLocale()).contains(java.util.Locale.forLanguageTag("zh-CN"));
            return null;
        });
        assertThat(asAdmin(() -> users.ownLocale())).as("the admin's choice is separate").isNotEqualTo(java.util.Optional.of(java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertThatThrownBy(() -> asAdmin(() -> users.create("x", "X", "long-enough-1", Role.CORRECTOR)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("users.error.username"));
        assertThatThrownBy(() -> asAdmin(() -> users.create("shortpw" + UUID.randomUUID().toString().substring(0, 4), "X", "short", Role.CORRECTOR)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("users.error.password"));
        assertThatThrownBy(() -> asAdmin(() -> users.create("admin", "X", "long-enough-1", Role.CORRECTOR)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("users.error.exists"));
    }

    @Test
    @org.springframework.transaction.annotation.Transactional // rolled back: other tests keep their admins
    void theLastActiveAdminCannotBeDisabledOrDemoted() {
        asAdmin(() -> {
            users.list().stream().filter(u -> u.role() == Role.ADMIN && u.enabled() && !u.username().equals("admin"))
                    .forEach(u -> users.setEnabled(u.username(), false));
            return null;
        });
        assertThatThrownBy(() -> asAdmin(() -> {
            users.setEnabled("admin", false);
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("users.error.lastAdmin"));
        assertThatThrownBy(() -> asAdmin(() -> {
            users.setRole("admin", Role.EDITOR);
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("users.error.lastAdmin"));
        assertThat(asAdmin(() -> users.list())).anyMatch(u -> u.username().equals("admin") && u.enabled() && u.role() == Role.ADMIN);
    }

    @Test
    void aFormLoginIsRecordedInTheAuditTrail() throws Exception {
        String name = "aud" + UUID.randomUUID().toString().substring(0, 6);
        asAdmin(() -> users.create(name, name, "audit-password-1", Role.CORRECTOR));
        mvc.perform(post("/login").param("username", name).param("password", "audit-password-1").with(csrf())
                .with(r -> { r.setRemoteAddr("198.51.100.60"); return r; })).andExpect(status().is3xxRedirection());
        assertThat(audit.recent(20)).anyMatch(e -> e.actor().equals(name) && e.action().equals("login"));
    }
}
