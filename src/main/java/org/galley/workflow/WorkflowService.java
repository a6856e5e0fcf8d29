package org.galley.workflow;

import java.util.List;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
import org.galley.common.AuditTrail;
import org.galley.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow of an article: draft → corrected (a corrector submits) → approved (an editor
 * approves one specific revision) or rejected (back with a note); excluded keeps adverts and furniture out
 * of the publication. Rights are checked here, whatever the screen shows.
 */
@Service
public class WorkflowService {

    /** An article that keeps the issue from being published, and why. */
    public record Blocker(long articleId, int page, String headline, ArticleState state) {
    }

    private final WorkflowRepository workflow;
    private final ArticleService articles;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    WorkflowService(WorkflowRepository workflow, ArticleService articles, AuditTrail audit,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.workflow = workflow;
        this.articles = articles;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article submit(long articleId) {
        move(articleId, List.of("DRAFT", "REJECTED", "CORRECTED"), ArticleState.CORRECTED, null);
        audit.record("article.submit", "article:" + articleId, null);
        return articles.get(articleId);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article approve(long articleId, int revision) {
        Article current = articles.get(articleId);
        if (current.revision() != revision) {
            throw UserFacingException.conflict("workflow.error.notCurrent", revision, current.revision());
        }
        if (!workflow.approve(articleId, revision, AuditTrail.currentActor())) {
            throw UserFacingException.conflict("workflow.error.state", state(articleId), ArticleState.APPROVED);
        }
        audit.record("article.approve", "article:" + articleId, "revision " + revision);
        events.publishEvent(org.galley.article.ArticlesChanged.article(articleId));
        return articles.get(articleId);
    }

    /**
     * Approves each article at the revision the editor saw, in one transaction: an article whose current revision
     * differs (changed since the list was loaded), or whose state cannot be approved, is left out and named with
     * the reason; the others are approved. A request naming no article, more than {@link BulkApproval#MAX}, one
     * twice, or an article that does not exist is refused whole (nothing approved).
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public BulkApproval approveAll(List<BulkApproval.Request> requests) {
        if (requests == null || requests.isEmpty()) {
            throw new UserFacingException("workflow.error.bulkEmpty");
        }
        if (requests.size() > BulkApproval.MAX) {
            throw UserFacingException.tooLarge("workflow.error.bulkTooMany", requests.size(), BulkApproval.MAX);
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (BulkApproval.Request r : requests) {
            if (!seen.add(r.id())) {
                throw new UserFacingException("workflow.error.bulkDuplicate", r.id());
            }
            if (r.revision() < 1) {
                throw new UserFacingException("workflow.error.bulkRevision", r.id(), r.revision());
            }
        }
        // Rows are locked in id order, so two bulk approvals (or a save) cannot deadlock; then each is decided.
        java.util.Map<Long, WorkflowRepository.Current> current = workflow.lockAll(seen);
        for (BulkApproval.Request r : requests) {
            if (!current.containsKey(r.id())) {
                throw UserFacingException.notFound("article.error.unknown", r.id());
            }
        }
        String actor = AuditTrail.currentActor();
        List<BulkApproval.Approved> approved = new java.util.ArrayList<>();
        List<BulkApproval.Skipped> skipped = new java.util.ArrayList<>();
        for (BulkApproval.Request r : requests) {
            WorkflowRepository.Current c = current.get(r.id());
            String reason = c.merged() ? "merged"
                    : c.revision() != r.revision() ? "changed"
                    : !List.of("DRAFT", "CORRECTED", "REJECTED").contains(c.state()) ? "state" : null;
            if (reason == null && workflow.approve(r.id(), r.revision(), actor)) {
                approved.add(new BulkApproval.Approved(r.id(), r.revision()));
                audit.record("article.approve", "article:" + r.id(), "revision " + r.revision() + " (bulk)");
            } else {
                skipped.add(new BulkApproval.Skipped(r.id(), reason == null ? "state" : reason, c.revision(), c.state()));
            }
        }
        if (!approved.isEmpty()) {
            // The search index keeps each article's state: approvals in bulk reach it in this transaction too.
            events.publishEvent(org.galley.article.ArticlesChanged.articles(approved.stream().map(BulkApproval.Approved::id).toList()));
        }
        return new BulkApproval(List.copyOf(approved), List.copyOf(skipped));
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article reject(long articleId, String note) {
        if (note == null || note.isBlank()) {
            throw new UserFacingException("workflow.error.noteRequired");
        }
        if (note.length() > 2000) {
            throw new UserFacingException("article.error.tooLong", org.galley.common.Term.field("note"), 2000);
        }
        move(articleId, List.of("DRAFT", "CORRECTED", "APPROVED"), ArticleState.REJECTED, note.strip());
        audit.record("article.reject", "article:" + articleId, note.strip());
        return articles.get(articleId);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article exclude(long articleId, String note) {
        move(articleId, List.of("DRAFT", "CORRECTED", "APPROVED", "REJECTED"), ArticleState.EXCLUDED, note);
        audit.record("article.exclude", "article:" + articleId, note);
        return articles.get(articleId);
    }

    /** Brings an excluded article back into the workflow as a draft. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article include(long articleId) {
        move(articleId, List.of("EXCLUDED"), ArticleState.DRAFT, null);
        audit.record("article.include", "article:" + articleId, null);
        return articles.get(articleId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Blocker> blockers(long issueId) {
        return workflow.blockers(issueId).stream()
                .map(b -> new Blocker(b.articleId(), b.page(), b.headline(), ArticleState.valueOf(b.state())))
                .toList();
    }

    private void move(long articleId, List<String> from, ArticleState to, String note) {
        org.galley.article.ContentLimits.checkNote(note);
        articles.get(articleId);
        if (!workflow.transition(articleId, from, to.name(), note, AuditTrail.currentActor())) {
            throw UserFacingException.conflict("workflow.error.state", state(articleId), to);
        }
        events.publishEvent(org.galley.article.ArticlesChanged.article(articleId));
    }

    private String state(long articleId) {
        return String.valueOf(workflow.state(articleId));
    }
}
