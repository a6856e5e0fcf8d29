package org.galley.security;

/** A token just created: {@code secret} is shown this once and never stored. */
public record CreatedApiToken(ApiToken token, String secret) {
}
