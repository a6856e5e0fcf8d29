package org.galley.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed log-ins for this account or address; the login view says to wait a minute. */
public class LoginThrottledException extends AuthenticationException {
    LoginThrottledException() {
        super("Too many failed log-ins; wait a minute and try again.");
    }
}
