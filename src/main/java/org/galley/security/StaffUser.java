package org.galley.security;

import java.time.Instant;

/** A member of staff who can log in. The password hash never leaves the repository. */
public record StaffUser(long id, String username, String displayName, Role role, boolean enabled, String locale,
                        Instant createdAt) {
}
