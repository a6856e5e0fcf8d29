package org.galley.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.galley.article.ArticleService;
import org.galley.article.ContentJson;
import org.galley.common.AuditTrail;
import org.galley.common.UserFacingException;
import org.galley.issue.IssueService;
import org.galley.issue.IssueSummary;
import org.galley.issue.Page;
import org.galley.publishing.export.ExportArticle;
import org.galley.publishing.export.ExportIssue;
import org.galley.publishing.export.IssueExporter;
import org.galley.workflow.WorkflowService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing an issue: an immutable record of the approved revision of every article, as version 1, 2, …
 * Corrections after publishing need approval and a republish; earlier versions stay readable and exportable.
 */
@Service
public class PublishingService {

    private final PublicationRepository publications;
    private final WorkflowService workflow;
    private final IssueService issues;
    private final ArticleService articles;
    private final AuditTrail audit;
    private final ExportPages exportPages;

    PublishingService(PublicationRepository publications, WorkflowService workflow, IssueService issues,
                      ArticleService articles, AuditTrail audit, ExportPages exportPages) {
        this.exportPages = exportPages;
        this.publications = publications;
        this.workflow = workflow;
        this.issues = issues;
        this.articles = articles;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Publication publish(long issueId) {
        if (!publications.lockIssue(issueId)) {
            throw UserFacingException.notFound("issue.error.unknown", issueId);
        }
        List<WorkflowService.Blocker> blockers = workflow.blockers(issueId);
        if (!blockers.isEmpty()) {
            throw UserFacingException.conflict("publishing.error.blocked", blockers.size());
        }
        int version = publications.nextVersion(issueId);
        long id = publications.insert(issueId, version, AuditTrail.currentActor());
        if (publications.insertApprovedArticles(id, issueId) == 0) {
            throw UserFacingException.conflict("publishing.error.nothing");
        }
        audit.record("issue.publish", "issue:" + issueId, "version " + version);
        return publications.find(issueId, version).orElseThrow();
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void unpublish(long issueId) {
        issues.find(issueId).orElseThrow(() -> UserFacingException.notFound("issue.error.unknown", issueId));
        if (publications.withdrawLatest(issueId, AuditTrail.currentActor()) == 0) {
            throw UserFacingException.conflict("publishing.error.notPublished");
        }
        audit.record("issue.unpublish", "issue:" + issueId, null);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Publication> publications(long issueId) {
        issues.find(issueId).orElseThrow(() -> UserFacingException.notFound("issue.error.unknown", issueId));
        return publications.findByIssue(issueId);
    }

    /**
     * The export ZIP of a publication (a version, or the latest with {@code null}): built from exactly the
     * revisions the publication names, so version 1 exports the same bytes even after version 2 exists.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public PublicationExport export(long issueId, Integer version) {
        Publication p = publication(issueId, version);
        IssueSummary issue = issues.find(issueId).orElseThrow(() -> UserFacingException.notFound("issue.error.unknown", issueId));
        Map<Long, Page> pages = issues.pages(issueId).stream().collect(Collectors.toMap(Page::id, pg -> pg));
        List<ExportArticle> exported = new ArrayList<>();
        // One query for all the publication's articles, their pages and their approved revisions' content.
        for (PublicationRepository.ExportedRevision e : publications.exportedRevisions(p.id())) {
            Page page = pages.get(e.pageId());
            exported.add(new ExportArticle(e.articleId(), e.revision(), page.pageNumber(), page.section(), e.ordinal(),
                    ContentJson.read(e.content(), e.pageId()), e.approvedAt(), e.approvedBy()));
        }
        ExportIssue export = new ExportIssue(issueId, issue.title(), issue.language(), issue.date(), issue.edition(),
                issue.number(), p.version(), p.publishedAt(), p.publishedBy(), exported);
        String name = "galley-issue-" + issueId + "-" + issue.date() + "-v" + p.version() + ".zip";
        return new PublicationExport(name, IssueExporter.exportZip(export, exportPages.of(pages.values())));
    }

    /** A version by number, or the latest with {@code null}. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Publication publication(long issueId, Integer version) {
        return (version == null ? publications.latest(issueId) : publications.find(issueId, version))
                .orElseThrow(() -> UserFacingException.notFound("publishing.error.noVersion", issueId, version == null ? "latest" : version));
    }
}
