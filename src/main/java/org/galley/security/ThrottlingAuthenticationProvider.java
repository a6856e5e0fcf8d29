package org.galley.security;

import org.galley.common.AuditTrail;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password check against the database, behind the throttle, for the login form and HTTP Basic alike. The
 * attempt is charged before bcrypt runs, so guesses sent in parallel are counted as they arrive. The client
 * address is the request's remote address: behind a reverse proxy, set {@code server.forward-headers-strategy}
 * so that it is the client's, not the proxy's.
 */
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
        LoginThrottle.Decision decision = throttle.charge(username, address);
        // Refused attempts are aggregated: one row when a lock starts, one with the count when it has ended.
        if (decision.refusedDuringLastLock() > 0) {
            audit.recordAs(safe(username), "login.throttled.total", address,
                    decision.refusedDuringLastLock() + " attempts refused during the lock");
        }
        if (!decision.allowed()) {
            if (decision.lockedFor() != null) {
                audit.recordAs(safe(username), "login.throttled", address, "locked for " + decision.lockedFor());
            }
            throw new LoginThrottledException();
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (InternalAuthenticationServiceException e) {
            // The accounts could not be read (database unavailable): not a guess.
            throttle.refund(username, address);
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            audit.recordAs(safe(username), "login.failed", address, null);
            throw e;
        } catch (RuntimeException e) {
            throttle.refund(username, address);
            throw e;
        }
    }

    private static String safe(String username) {
        return username == null || username.isBlank() ? "?" : username.length() > 64 ? username.substring(0, 64) : username;
    }
}
