package org.galley.security;

import org.galley.common.LanguagePreference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.galley.common.AuditTrail;
import org.galley.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts. Managing them is for admins; everyone may choose their own UI language. */
@Service
public class UserService implements LanguagePreference {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffUser> list() {
        return users.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StaffUser create(String username, String displayName, String password, Role role) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new UserFacingException("users.error.username");
        }
        if (users.exists(name)) {
            throw UserFacingException.conflict("users.error.exists", name);
        }
        checkPassword(password);
        if (role == null) {
            throw new UserFacingException("users.error.role");
        }
        String display = displayName == null || displayName.isBlank() ? name : displayName.trim();
        if (display.length() > 200) {
            throw new UserFacingException("article.error.tooLong", org.galley.common.Term.field("display name"), 200);
        }
        org.galley.common.text.XmlText.check("display name", display);
        // The unique name decides, not the look-up above: two admins adding the same name at once get one account.
        if (!users.insert(name, display, passwordEncoder.encode(password), role)) {
            throw UserFacingException.conflict("users.error.exists", name);
        }
        audit.record("user.create", name, role.name());
        return users.findByUsername(name).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setRole(String username, Role role) {
        if (role == null) {
            throw new UserFacingException("users.error.role");
        }
        long admins = users.lockEnabledAdmins(); // first, so the user is read after any change it waited for
        StaffUser user = existing(username);
        if (user.role() == Role.ADMIN && role != Role.ADMIN && user.enabled() && admins <= 1) {
            throw new UserFacingException("users.error.lastAdmin");
        }
        users.updateRole(username, role);
        audit.record("user.role", username, role.name());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        long admins = users.lockEnabledAdmins(); // first, so the user is read after any change it waited for
        StaffUser user = existing(username);
        if (!enabled && user.role() == Role.ADMIN && user.enabled() && admins <= 1) {
            throw new UserFacingException("users.error.lastAdmin");
        }
        users.updateEnabled(username, enabled);
        audit.record(enabled ? "user.enable" : "user.disable", username, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String newPassword) {
        existing(username);
        checkPassword(newPassword);
        users.updatePassword(username, passwordEncoder.encode(newPassword));
        audit.record("user.password", username, null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    @Override
    public void setOwnLocale(Locale locale) {
        String me = AuditTrail.currentActor();
        users.updateLocale(me, locale == null ? null : locale.toLanguageTag());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @Override
    public Optional<Locale> ownLocale() {
        return users.findByUsername(AuditTrail.currentActor())
                .map(StaffUser::locale).filter(l -> l != null && !l.isBlank()).map(Locale::forLanguageTag);
    }

    private StaffUser existing(String username) {
        return users.findByUsername(username).orElseThrow(() -> UserFacingException.notFound("users.error.unknown", username));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("users.error.password", MIN_PASSWORD_LENGTH);
        }
    }
}
