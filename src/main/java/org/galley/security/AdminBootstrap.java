package org.galley.security;

import java.security.SecureRandom;
import org.galley.common.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start with no users: create {@code admin} with GALLEY_ADMIN_PASSWORD, or with a generated password
 * printed once in the log. There is no default password to forget to change.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final String configuredPassword;

    AdminBootstrap(UserRepository users, PasswordEncoder encoder, AuditTrail audit,
                   @Value("${galley.admin.password:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createAdminIfNoUsers();
    }

    /** Returns true when it created the admin. */
    @Transactional
    public boolean createAdminIfNoUsers() {
        if (users.count() > 0) {
            return false;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        if (!generated && configuredPassword.length() < UserService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("GALLEY_ADMIN_PASSWORD must have at least " + UserService.MIN_PASSWORD_LENGTH + " characters");
        }
        String password = generated ? generatePassword() : configuredPassword;
        users.insert("admin", "Administrator", encoder.encode(password), Role.ADMIN);
        audit.recordAs("system", "user.create", "admin", "ADMIN (bootstrap)");
        if (generated) {
            log.warn("Created user 'admin' with the generated password: {}  (shown once; set GALLEY_ADMIN_PASSWORD to choose it)", password);
        } else {
            log.info("Created user 'admin' with the password from GALLEY_ADMIN_PASSWORD");
        }
        return true;
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
