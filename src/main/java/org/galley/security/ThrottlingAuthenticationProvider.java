package org.galley.security;

import org.galley.common.AuditTrail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password check against the database, behind the throttle, for the login form and HTTP Basic alike. */
class ThrottlingAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (throttle.isBlocked(username, address)) {
            audit.recordAs(safe(username), "login.throttled", address, null);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            audit.recordAs(safe(username), "login.failed", address, null);
            throw e;
        }
    }

    private static String safe(String username) {
        return username == null || username.isBlank() ? "?" : username.length() > 64 ? username.substring(0, 64) : username;
    }
}
