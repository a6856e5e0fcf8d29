package org.galley.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ExportPages exportPages;

    PublishingService(PublicationRepository publications, WorkflowService workflow, IssueService issues,
                      ArticleService articles, AuditTrail audit, org.springframework.context.ApplicationEventPublisher events,
                      ExportPages exportPages) {
        this.events = events;
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
        Publication published = publications.find(issueId, version).orElseThrow();
        // The export is fixed now, in the same transaction: what was published is what every download returns.
        byte[] zip = render(published);
        publications.insertRendition(id, 1, Rendition.Origin.PUBLISH, fileName(published, 1), zip, sha256(zip), AuditTrail.currentActor());
        audit.record("issue.publish", "issue:" + issueId, "version " + version);
        events.publishEvent(org.galley.article.ArticlesChanged.issue(issueId));
        return published;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void unpublish(long issueId) {
        issues.find(issueId).orElseThrow(() -> UserFacingException.notFound("issue.error.unknown", issueId));
        if (publications.withdrawLatest(issueId, AuditTrail.currentActor()) == 0) {
            throw UserFacingException.conflict("publishing.error.notPublished");
        }
        audit.record("issue.unpublish", "issue:" + issueId, null);
        events.publishEvent(org.galley.article.ArticlesChanged.issue(issueId));
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Publication> publications(long issueId) {
        issues.find(issueId).orElseThrow(() -> UserFacingException.notFound("issue.error.unknown", issueId));
        return publications.findByIssue(issueId);
    }

    /**
     * The export ZIP of a publication (a version, or the latest with {@code null}) as it was fixed when it was
     * published: the stored bytes, so a version's export never changes when the exporters do. A version published
     * before exports were stored is rendered on its first download and kept from then on (marked as such).
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public PublicationExport export(long issueId, Integer version) {
        Publication p = publication(issueId, version);
        Optional<PublicationRepository.StoredZip> stored = publications.storedZip(p.id(), 1);
        if (stored.isEmpty()) {
            byte[] zip = render(p);
            // Two first downloads at once: one row wins, both answer with it.
            publications.insertRendition(p.id(), 1, Rendition.Origin.FIRST_DOWNLOAD, fileName(p, 1), zip, sha256(zip),
                    AuditTrail.currentActor());
            stored = publications.storedZip(p.id(), 1);
        }
        return verified(stored.orElseThrow());
    }

    /** One stored rendition of a version, by number (1 is the export as published). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public PublicationExport export(long issueId, int version, int rendition) {
        Publication p = publication(issueId, version);
        return verified(publications.storedZip(p.id(), rendition)
                .orElseThrow(() -> UserFacingException.notFound("publishing.error.noRendition", version, rendition)));
    }

    /** The stored renditions of a version, oldest first; empty for a version published before exports were stored and never downloaded. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Rendition> renditions(long issueId, int version) {
        return publications.renditions(publication(issueId, version).id());
    }

    /**
     * Renders a version again with today's exporters, as a new rendition listed beside the others; the
     * publication's own export (rendition 1) stays what it was.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Rendition rerender(long issueId, int version) {
        if (!publications.lockIssue(issueId)) {
            throw UserFacingException.notFound("issue.error.unknown", issueId);
        }
        Publication p = publication(issueId, version);
        if (publications.storedZip(p.id(), 1).isEmpty()) {
            // The first rendition is the one downloads return: an older version gets it before any re-rendering.
            export(issueId, version);
        }
        int n = publications.nextRendition(p.id());
        byte[] zip = render(p);
        publications.insertRendition(p.id(), n, Rendition.Origin.RERENDER, fileName(p, n), zip, sha256(zip), AuditTrail.currentActor());
        audit.record("issue.rerender", "issue:" + issueId, "version " + version + " rendition " + n);
        return publications.renditions(p.id()).stream().filter(r -> r.rendition() == n).findFirst().orElseThrow();
    }

    /** The export ZIP of a publication, rendered now from exactly the revisions it names. */
    private byte[] render(Publication p) {
        long issueId = p.issueId();
        IssueSummary issue = issues.find(issueId).orElseThrow(() -> UserFacingException.notFound("issue.error.unknown", issueId));
        Map<Long, Page> pages = issues.pages(issueId).stream().collect(Collectors.toMap(Page::id, pg -> pg));
        List<ExportArticle> exported = new ArrayList<>();
        // One query for all the publication's articles, their pages and their approved revisions' content.
        for (PublicationRepository.ExportedRevision e : publications.exportedRevisions(p.id())) {
            Page page = pages.get(e.pageId());
            var content = ContentJson.read(e.content(), e.pageId());
            // A linked (continued) article's lines are on several pages: all of them are listed.
            List<Integer> onPages = java.util.stream.Stream.concat(java.util.stream.Stream.of(e.pageId()),
                            content.lines().stream().map(org.galley.article.LineRef::pageId))
                    .map(pages::get).filter(java.util.Objects::nonNull).map(Page::pageNumber).distinct().sorted().toList();
            exported.add(new ExportArticle(e.articleId(), e.revision(), page.pageNumber(), page.section(), e.ordinal(),
                    content, e.approvedAt(), e.approvedBy(), onPages));
        }
        ExportIssue export = new ExportIssue(issueId, issue.title(), issue.language(), issue.date(), issue.edition(),
                issue.number(), p.version(), p.publishedAt(), p.publishedBy(), exported);
        return IssueExporter.exportZip(export, exportPages.of(pages.values()));
    }

    private String fileName(Publication p, int rendition) {
        IssueSummary issue = issues.find(p.issueId()).orElseThrow();
        String base = "galley-issue-" + p.issueId() + "-" + issue.date() + "-v" + p.version();
        return (rendition == 1 ? base : base + "-r" + rendition) + ".zip";
    }

    /** The stored bytes, checked against their stored SHA-256: a damaged export is never handed out as the published one. */
    private static PublicationExport verified(PublicationRepository.StoredZip z) {
        String actual = sha256(z.zip());
        if (!actual.equals(z.sha256())) {
            throw new IllegalStateException("stored export " + z.fileName() + " has SHA-256 " + actual + ", not " + z.sha256());
        }
        return new PublicationExport(z.fileName(), z.zip(), z.sha256(), z.rendition());
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A version by number, or the latest with {@code null}. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Publication publication(long issueId, Integer version) {
        return (version == null ? publications.latest(issueId) : publications.find(issueId, version))
                .orElseThrow(() -> UserFacingException.notFound("publishing.error.noVersion", issueId, version == null ? "latest" : version));
    }
}
