package org.galley.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galley.article.ArticleService;
import org.galley.common.AuditTrail;
import org.galley.common.UserFacingException;
import org.galley.support.IntegrationTest;
import org.galley.support.TestClock;
import org.galley.support.TestData;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Progress figures of an issue and claims on its pages, on the real database; claim expiry with a clock the test moves. */
@IntegrationTest
class ProgressAndClaimsTest {

    @Autowired
    ProgressFixture fixture;
    @Autowired
    ProgressService progress;
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    ProgressRepository repository;
    @Autowired
    PageEvents events;
    @Autowired
    AuditTrail audit;
    @Autowired
    UnlinkedJumpCounter jumps;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    /** The service as Spring builds it, but on the test's clock (and so without its proxy: calls go through {@link #inTx}). */
    ClaimService claimsAt(Clock clock, Duration idle) {
        return new ClaimService(repository, events, audit, jumps, clock, idle);
    }

    <T> T inTx(String user, java.util.function.Supplier<T> action) {
        return as(user, "ROLE_CORRECTOR", () -> tx.execute(status -> action.get()));
    }

    static <T> T as(String user, String role, java.util.concurrent.Callable<T> action) {
        return TestData.asUser(user, role, action);
    }

    @Test
    void progressCountsArticlesByStateUnassignedLinesAndWhoLastWorkedOnEachPage() {
        ProgressFixture.Issue issue = fixture.issue(2, 3, 1);
        long p1a = issue.articleIds().get(0).get(0);
        long p3a = issue.articleIds().get(2).get(0);
        as("anna", "ROLE_CORRECTOR", () -> articles.save(p1a, 1, TestData.content("Page 1 story 1", "fixed text"), null));
        as("anna", "ROLE_CORRECTOR", () -> { workflow.submit(p1a); return null; });
        as("ed", "ROLE_EDITOR", () -> { workflow.submit(p3a); return null; });
        as("ed", "ROLE_EDITOR", () -> { workflow.approve(p3a, 1); return null; });

        IssueProgress p = as("reader", "ROLE_CORRECTOR", () -> progress.progress(issue.issueId()));

        assertThat(p.pages()).extracting(PageProgress::pageNumber).containsExactly(1, 2, 3);
        assertThat(p.pages().get(0).articlesByState()).isEqualTo(Map.of("CORRECTED", 1, "DRAFT", 1));
        assertThat(p.pages().get(1).articlesByState()).isEqualTo(Map.of("DRAFT", 3));
        assertThat(p.pages().get(2).articlesByState()).isEqualTo(Map.of("APPROVED", 1));
        // Six lines a page, two per article.
        assertThat(p.pages()).extracting(PageProgress::unassignedLines).containsExactly(2, 0, 4);
        assertThat(p.unassignedLines()).isEqualTo(6);
        assertThat(p.articlesByState()).isEqualTo(Map.of("DRAFT", 4, "CORRECTED", 1, "APPROVED", 1));
        assertThat(p.totals().done()).isEqualTo(1);
        assertThat(p.pages().get(0).lastWorkedBy()).isEqualTo("anna");
        assertThat(p.pages().get(1).lastWorkedBy()).as("the segmenter's revisions are nobody's work").isNull();
        // The continued-articles store counts jumps: these pages have no jump lines at all.
        assertThat(p.unlinkedJumps()).isZero();
    }

    @Test
    void aSaveThroughTheServiceIsHeardOnItsPageAfterCommitAndARolledBackOneIsNot() {
        ProgressFixture.Issue issue = fixture.issue(1, 1);
        long page = issue.pageIds().get(0);
        long article = issue.articleIds().get(0).get(0);
        List<PageEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable stop = events.register(page, heard::add);
        try {
            // Like an API PUT: no page editor is involved, the article store announces the change itself.
            as("api-writer", "ROLE_CORRECTOR", () -> articles.save(article, 1, TestData.content("Saved elsewhere", "new text"), null));
            assertThat(heard).singleElement().isInstanceOfSatisfying(PageEvent.ArticleSaved.class, s -> {
                assertThat(s.by()).isEqualTo("api-writer");
                assertThat(s.articleId()).isEqualTo(article);
                assertThat(s.revision()).isEqualTo(2);
                assertThat(s.title()).isEqualTo("Saved elsewhere");
            });
            heard.clear();
            assertThatThrownBy(() -> inTx("api-writer", () -> {
                articles.save(article, 2, TestData.content("Rolled back", "text"), null);
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            assertThat(heard).as("nobody hears of a change that was rolled back").isEmpty();
        } finally {
            stop.run();
        }
    }

    @Test
    void progressOfAnUnknownIssueIsRefusedAndNeedsACorrectorAtLeast() {
        assertThatThrownBy(() -> as("reader", "ROLE_CORRECTOR", () -> progress.progress(-5)))
                .isInstanceOf(UserFacingException.class).extracting("key").isEqualTo("issue.error.unknown");
        ProgressFixture.Issue issue = fixture.issue(1);
        assertThatThrownBy(() -> as("nobody", "ROLE_NONE", () -> progress.progress(issue.issueId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClaimIsSeenByOthersRefusesASecondClaimerAndEndsWhenReleased() {
        long page = fixture.issue(1, 1).pageIds().get(0);
        List<PageEvent> heard = new ArrayList<>();
        Runnable stop = events.register(page, heard::add);
        try {
            Claim c = as("anna", "ROLE_CORRECTOR", () -> claims.claim(page));
            assertThat(c.holder()).isEqualTo("anna");
            assertThat(as("bob", "ROLE_CORRECTOR", () -> claims.holder(page))).map(Claim::holder).contains("anna");
            assertThatThrownBy(() -> as("bob", "ROLE_CORRECTOR", () -> claims.claim(page)))
                    .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("key", "progress.error.claimed");
            assertThat(as("bob", "ROLE_CORRECTOR", () -> claims.release(page))).as("bob holds nothing to release").isFalse();
            assertThat(as("anna", "ROLE_CORRECTOR", () -> claims.release(page))).isTrue();
            assertThat(as("bob", "ROLE_CORRECTOR", () -> claims.holder(page))).isEmpty();
            assertThat(heard).containsExactly(new PageEvent.ClaimChanged(page, "anna"), new PageEvent.ClaimChanged(page, null));
        } finally {
            stop.run();
        }
    }

    @Test
    void anIdleClaimLapsesAfterTheIdleTimeAndWorkOnThePageKeepsItAlive() {
        long page = fixture.issue(1).pageIds().get(0);
        TestClock clock = new TestClock(Instant.now());
        ClaimService timed = claimsAt(clock, Duration.ofMinutes(30));
        inTx("anna", () -> timed.claim(page));

        clock.advance(Duration.ofMinutes(20));
        inTx("anna", () -> { timed.touch(page); return null; });
        clock.advance(Duration.ofMinutes(20));
        assertThat(as("bob", "ROLE_CORRECTOR", () -> timed.holder(page))).as("40 minutes after the claim, 20 after work")
                .map(Claim::holder).contains("anna");

        clock.advance(Duration.ofMinutes(11));
        assertThat(as("bob", "ROLE_CORRECTOR", () -> timed.holder(page))).as("31 minutes idle").isEmpty();
        // Bob may now take it over, and the sweep no longer finds anna's claim.
        assertThat(inTx("bob", () -> timed.claim(page)).holder()).isEqualTo("bob");
        assertThat(inTx("system", timed::expireIdle)).doesNotContain(page);

        List<PageEvent> heard = new ArrayList<>();
        Runnable stop = events.register(page, heard::add);
        try {
            clock.advance(Duration.ofMinutes(31));
            assertThat(inTx("system", timed::expireIdle)).contains(page);
            assertThat(heard).containsExactly(new PageEvent.ClaimChanged(page, null));
            assertThat(repository.liveClaim(page, Instant.EPOCH)).as("the row is gone, not just ignored").isEmpty();
        } finally {
            stop.run();
        }
    }

    @Test
    void loggingOutEndsAllOfAUsersClaims() {
        ProgressFixture.Issue issue = fixture.issue(1, 1, 1);
        as("carl", "ROLE_CORRECTOR", () -> claims.claim(issue.pageIds().get(0)));
        as("carl", "ROLE_CORRECTOR", () -> claims.claim(issue.pageIds().get(1)));
        as("dora", "ROLE_CORRECTOR", () -> claims.claim(issue.pageIds().get(2)));
        // Vaadin's log-out invalidates the session: the container reports it through HttpSessionEventPublisher.
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", new org.springframework.security.core.context.SecurityContextImpl(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("carl", null, List.of())));
        publisher.publishEvent(new org.springframework.security.web.session.HttpSessionDestroyedEvent(session));

        assertThat(as("x", "ROLE_CORRECTOR", () -> claims.holder(issue.pageIds().get(0)))).isEmpty();
        assertThat(as("x", "ROLE_CORRECTOR", () -> claims.holder(issue.pageIds().get(1)))).isEmpty();
        assertThat(as("x", "ROLE_CORRECTOR", () -> claims.holder(issue.pageIds().get(2)))).map(Claim::holder).contains("dora");
    }

    @Test
    void finishingAPageReleasesItRecordsWhoFinishedAndGoesToTheNextPageWithWorkLeft() {
        ProgressFixture.Issue issue = fixture.issue(3, 3, 3, 3);
        long p1 = issue.pageIds().get(0);
        long p2 = issue.pageIds().get(1);
        long p3 = issue.pageIds().get(2);
        long p4 = issue.pageIds().get(3);
        // Page 2 has nothing left for a corrector: every article corrected, no line unassigned.
        for (long a : issue.articleIds().get(1)) {
            as("anna", "ROLE_CORRECTOR", () -> { workflow.submit(a); return null; });
        }
        as("anna", "ROLE_CORRECTOR", () -> claims.claim(p1));

        Optional<Long> next = as("anna", "ROLE_CORRECTOR", () -> claims.finish(p1));

        assertThat(next).as("page 2 skipped").contains(p3);
        assertThat(as("bob", "ROLE_CORRECTOR", () -> claims.holder(p1))).isEmpty();
        PageProgress first = as("bob", "ROLE_CORRECTOR", () -> progress.progress(issue.issueId())).pages().get(0);
        assertThat(first.finishedBy()).isEqualTo("anna");
        assertThat(first.finishedAt()).isNotNull();
        assertThat(first.lastWorkedBy()).isEqualTo("anna");
        // From the last page the search wraps round to the first; an editor still has page 2's corrected articles.
        assertThat(as("anna", "ROLE_CORRECTOR", () -> claims.nextPage(p4))).contains(p1);
        assertThat(as("ed", "ROLE_EDITOR", () -> claims.nextPage(p1))).contains(p2);
    }

    @Test
    void whenNoOtherPageHasWorkLeftThereIsNoNextPage() {
        ProgressFixture.Issue issue = fixture.issue(3, 3);
        for (long a : issue.articleIds().get(1)) {
            as("anna", "ROLE_CORRECTOR", () -> { workflow.submit(a); return null; });
        }
        assertThat(as("anna", "ROLE_CORRECTOR", () -> claims.finish(issue.pageIds().get(0)))).isEmpty();
        assertThatThrownBy(() -> as("anna", "ROLE_CORRECTOR", () -> claims.finish(-1)))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("key", "progress.error.unknownPage");
    }
}
