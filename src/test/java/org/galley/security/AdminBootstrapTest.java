package org.galley.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.galley.common.AuditTrail;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class AdminBootstrapTest {

    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void firstStartCreatedAdminWithThePasswordFromTheEnvironmentAsABcryptHash() {
        UserRepository.Credentials admin = users.findCredentials("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("$2").doesNotContain("test-admin-password");
        assertThat(encoder.matches("test-admin-password", admin.passwordHash())).isTrue();
    }

    @Test
    void withUsersPresentTheBootstrapDoesNothing() {
        AdminBootstrap bootstrap = new AdminBootstrap(users, encoder, audit, "another-password-123");
        assertThat(bootstrap.createAdminIfNoUsers()).isFalse();
        assertThat(encoder.matches("test-admin-password", users.findCredentials("admin").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    @Transactional // rolled back: the shared database keeps its users
    void withNoUsersAndNoConfiguredPasswordAGeneratedOneIsUsed() {
        jdbc.sql("delete from api_token").update(); // tokens belong to users (rolled back with them)
        jdbc.sql("delete from app_user").update();
        AdminBootstrap bootstrap = new AdminBootstrap(users, encoder, audit, "");
        assertThat(bootstrap.createAdminIfNoUsers()).isTrue();
        UserRepository.Credentials admin = users.findCredentials("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("", admin.passwordHash())).isFalse();
    }

    @Test
    @Transactional
    void aTooShortConfiguredPasswordIsRefusedWithAClearMessage() {
        jdbc.sql("delete from api_token").update(); // tokens belong to users (rolled back with them)
        jdbc.sql("delete from app_user").update();
        AdminBootstrap bootstrap = new AdminBootstrap(users, encoder, audit, "short");
        assertThatThrownBy(bootstrap::createAdminIfNoUsers).hasMessageContaining("GALLEY_ADMIN_PASSWORD");
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String a = AdminBootstrap.generatePassword();
        String b = AdminBootstrap.generatePassword();
        assertThat(a).hasSize(16).isNotEqualTo(b).matches("[A-Za-z2-9]+");
    }
}
