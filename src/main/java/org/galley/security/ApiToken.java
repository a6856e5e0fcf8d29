package org.galley.security;

import java.time.Instant;

/** A personal API token as its owner sees it later: never the token itself, only its first characters. */
public record ApiToken(long id, String name, String hint, Instant createdAt, Instant lastUsedAt) {
}
