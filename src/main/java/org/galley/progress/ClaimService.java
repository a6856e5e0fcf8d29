package org.galley.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.galley.common.AuditTrail;
import org.galley.common.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims on pages ("I'm on page 3") and finishing them. A claim warns others, it never blocks them. It ends when
 * its holder releases it or finishes the page, logs out, or after {@code galley.claims.idle-timeout} without work
 * on the page (each save or change by the holder counts as work). Everyone with the page open hears of each change
 * through {@link PageEvents}.
 */
@Service
public class ClaimService {

    private final ProgressRepository repository;
    private final PageEvents events;
    private final AuditTrail audit;
    private final UnlinkedJumpCounter jumps;
    private final Clock clock;
    private final Duration idle;

    ClaimService(ProgressRepository repository, PageEvents events, AuditTrail audit, UnlinkedJumpCounter jumps,
                 Clock clock, @Value("${galley.claims.idle-timeout:30m}") Duration idle) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("galley.claims.idle-timeout must be positive, not " + idle);
        }
        this.repository = repository;
        this.events = events;
        this.audit = audit;
        this.jumps = jumps;
        this.clock = clock;
        this.idle = idle;
    }

    public Duration idleTimeout() {
        return idle;
    }

    /** Claims the page for the current user, or says who holds it. Claiming one's own page again renews it. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Claim claim(long pageId) {
        int number = pageNumber(pageId);
        String me = AuditTrail.currentActor();
        Instant now = clock.instant();
        Claim claim = repository.claim(pageId, me, now, now.minus(idle)).orElseThrow(() -> {
            String holder = repository.liveClaim(pageId, now.minus(idle)).map(Claim::holder).orElse("?");
            return UserFacingException.conflict("progress.error.claimed", number, holder);
        });
        audit.record("page.claim", "page:" + pageId, "page " + number);
        events.publish(new PageEvent.ClaimChanged(pageId, me));
        return claim;
    }

    /** Releases the current user's claim on the page; nothing happens when they hold none. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public boolean release(long pageId) {
        if (!repository.release(pageId, AuditTrail.currentActor())) {
            return false;
        }
        audit.record("page.release", "page:" + pageId, null);
        events.publish(new PageEvent.ClaimChanged(pageId, null));
        return true;
    }

    /** Who holds the page now, if anyone (a claim idle for too long holds nothing). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Optional<Claim> holder(long pageId) {
        return repository.liveClaim(pageId, clock.instant().minus(idle));
    }

    /** The holder worked on the page: their claim's idle time starts again. Does nothing for anyone else. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public void touch(long pageId) {
        Instant now = clock.instant();
        repository.touch(pageId, AuditTrail.currentActor(), now, now.minus(idle));
    }

    /**
     * "Done with this page": releases the current user's claim, records that they finished the page, and gives
     * the next page of the issue that still needs work (after this one, then from the start), if any.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Optional<Long> finish(long pageId) {
        int number = pageNumber(pageId);
        String me = AuditTrail.currentActor();
        if (repository.release(pageId, me)) {
            events.publish(new PageEvent.ClaimChanged(pageId, null));
        }
        repository.finished(pageId, me, clock.instant());
        audit.record("page.finish", "page:" + pageId, "page " + number);
        return nextPage(pageId);
    }

    /** The next page after this one (wrapping round to the first) that still needs work for the current user. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Optional<Long> nextPage(long pageId) {
        long issueId = repository.issueOfPage(pageId)
                .orElseThrow(() -> UserFacingException.notFound("progress.error.unknownPage", pageId));
        boolean editor = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
        List<PageProgress> pages = ProgressService.compute(repository, issueId, jumps,
                clock.instant().minus(idle)).pages();
        int at = 0;
        while (at < pages.size() && pages.get(at).pageId() != pageId) {
            at++;
        }
        for (int step = 1; step < pages.size(); step++) {
            PageProgress candidate = pages.get((at + step) % pages.size());
            if (candidate.needsWork(editor)) {
                return Optional.of(candidate.pageId());
            }
        }
        return Optional.empty();
    }

    /** Ends every claim of a user who logged out (or whose session ended). */
    @Transactional
    public void releaseAllOf(String user) {
        for (long pageId : repository.releaseAll(user)) {
            audit.recordAs(user, "page.release", "page:" + pageId, "logout");
            events.publish(new PageEvent.ClaimChanged(pageId, null));
        }
    }

    /** Ends the claims idle for longer than the idle time, and tells the pages. */
    @Scheduled(fixedDelayString = "${galley.claims.sweep-interval:PT30S}", initialDelayString = "${galley.claims.sweep-interval:PT30S}")
    @Transactional
    public List<Long> expireIdle() {
        List<Long> pages = repository.expire(clock.instant().minus(idle));
        for (long pageId : pages) {
            audit.recordAs("system", "page.release", "page:" + pageId, "idle");
            events.publish(new PageEvent.ClaimChanged(pageId, null));
        }
        return pages;
    }

    private int pageNumber(long pageId) {
        return repository.pageNumber(pageId).orElseThrow(() -> UserFacingException.notFound("progress.error.unknownPage", pageId));
    }
}
