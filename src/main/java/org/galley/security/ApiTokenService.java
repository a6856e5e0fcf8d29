package org.galley.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.galley.common.AuditTrail;
import org.galley.common.Hashes;
import org.galley.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each user creates and revokes their own. A token is 32 random bytes; only its SHA-256
 * is stored (a token has far more entropy than a password, so a fast hash is enough and bcrypt's cost is not
 * needed), and a request carrying one costs a hash and an indexed look-up.
 */
@Service
public class ApiTokenService {

    public static final int MAX_ACTIVE = 20;
    public static final int MAX_NAME_LENGTH = 100;
    static final String PREFIX = "galley_";

    /** The account a token stands for, with its role as it is now. */
    public record TokenUser(String username, Role role) {
    }

    private final ApiTokenRepository tokens;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();
    /** Tokens whose last use was written recently: at most one write per token a minute, not one per request. */
    private final Cache<Long, Boolean> recentlyUsed = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    ApiTokenService(ApiTokenRepository tokens, AuditTrail audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedApiToken create(String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME_LENGTH || label.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("tokens.error.name", MAX_NAME_LENGTH);
        }
        String me = AuditTrail.currentActor();
        if (tokens.countActive(me) >= MAX_ACTIVE) {
            throw UserFacingException.conflict("tokens.error.tooMany", MAX_ACTIVE);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.insert(me, label, Hashes.sha256(secret), secret.substring(0, PREFIX.length() + 4));
        audit.record("token.create", "token:" + token.id(), label);
        return new CreatedApiToken(token, secret);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiToken> own() {
        return tokens.findActive(AuditTrail.currentActor());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long id) {
        if (tokens.revoke(AuditTrail.currentActor(), id) != 1) {
            throw UserFacingException.notFound("tokens.error.unknown", String.valueOf(id));
        }
        audit.record("token.revoke", "token:" + id, null);
    }

    /** For the API's authentication filter: who the token stands for, if it is active and its owner enabled. */
    public Optional<TokenUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.TokenOwner> owner = tokens.findOwner(Hashes.sha256(secret));
        owner.ifPresent(o -> recentlyUsed.get(o.tokenId(), id -> {
            tokens.touch(id);
            return Boolean.TRUE;
        }));
        return owner.map(o -> new TokenUser(o.username(), o.role()));
    }
}
