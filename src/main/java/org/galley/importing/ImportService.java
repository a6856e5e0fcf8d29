package org.galley.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.article.Byline;
import org.galley.article.LineRef;
import org.galley.segment.LineSpan;
import org.galley.common.AuditTrail;
import org.galley.common.UserFacingException;
import org.galley.common.text.XmlText;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.galley.layout.LayoutService;
import org.galley.segment.Proposal;
import org.galley.segment.ProposedArticle;
import org.galley.segment.Segmenter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Imports raw page files into an issue: decode, segment, store the page and its proposed articles as their
 * revision 1. The UI, the HTTP API and the command line all come through here. One call is one transaction:
 * every page and article of the upload lands, or nothing does.
 */
@Service
public class ImportService {

    /** What the user sees before confirming: how the file was read and its first lines. */
    public record Preview(String name, Integer pageNumber, String encoding, List<String> firstLines) {
    }

    private final IssueService issues;
    private final ArticleService articles;
    private final AuditTrail audit;
    private final UploadReader reader;
    private final org.galley.article.ArticleLinks links;
    private final LayoutService layout;

    ImportService(IssueService issues, ArticleService articles, AuditTrail audit, org.galley.article.ArticleLinks links,
                  LayoutService layout,
                  @Value("${galley.import.max-page-size:5MB}") DataSize maxPage,
                  @Value("${galley.import.max-upload-size:200MB}") DataSize maxUpload) {
        this.issues = issues;
        this.articles = articles;
        this.audit = audit;
        this.links = links;
        this.layout = layout;
        this.reader = new UploadReader(maxPage.toBytes(), maxUpload.toBytes());
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public ImportResult importPages(long issueId, List<PageFile> files, String encodingOverride) {
        return store(issueId, files, encodingOverride, AuditTrail.currentActor());
    }

    /** Creates the issue and imports its pages in one transaction (the API's and the command line's way). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public ImportResult importIssue(NewIssue issue, List<PageFile> files, String encodingOverride) {
        long issueId = issues.create(issue).id();
        return store(issueId, files, encodingOverride, AuditTrail.currentActor());
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    public List<Preview> preview(PageFile file, String encodingOverride) {
        List<Preview> previews = new ArrayList<>();
        for (PageUpload page : reader.read(file.name(), file.bytes())) {
            previews.add(PagePlan.preview(page, encodingOverride, 8));
        }
        return previews;
    }

    /**
     * Unpacks an upload spooled to a file (one page, or one ZIP of pages, streamed from disk): its pages, each
     * within the page limit. A bad upload is refused here, naming the file, before anything is stored.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    public List<PageFile> unpack(String fileName, Path file) {
        return reader.read(fileName, file).stream().map(p -> new PageFile(p.name(), p.bytes())).toList();
    }

    /** The seed import at first start, before anyone has logged in. */
    @Transactional
    ImportResult importIssueAsSystem(NewIssue issue, List<PageFile> files) {
        long issueId = issues.createAsSystem(issue);
        return store(issueId, files, null, "system");
    }

    private ImportResult store(long issueId, List<PageFile> files, String encodingOverride, String actor) {
        if (files == null || files.isEmpty()) {
            throw new UserFacingException("import.error.noFiles");
        }
        List<PageUpload> pages = new ArrayList<>();
        for (PageFile file : files) {
            pages.addAll(reader.read(file.name(), file.bytes()));
        }
        List<Long> pageIds = new ArrayList<>();
        int articleCount = 0;
        int removed = 0;
        // Every file is read (and any bad one refused) before the first page is stored.
        for (PreparedPage page : PagePlan.prepare(pages, encodingOverride)) {
            // Characters no export could write (stray controls, noncharacters) are dropped and counted.
            String text = XmlText.strip(page.text());
            removed += XmlText.countRefused(page.text());
            Proposal proposal = page.geometry() == null ? Segmenter.segment(text, null)
                    : Segmenter.segment(text, null, page.geometry());
            long pageId = issues.storePage(issueId, page.pageNumber(), null, page.name(), text,
                    page.encoding(), proposal.language(), Leftovers.of(proposal).toJson(), actor);
            if (page.layout() != null) {
                layout.store(pageId, page.layout());
            }
            // The page's articles and the owner of each of its lines (article, furniture, leftover) land together.
            int position = articles.createPage(issueId, pageId,
                    proposal.articles().stream().map(a -> content(a, pageId)).toList(), furniture(proposal, pageId), actor).size();
            articleCount += position;
            links.recordJumps(jumps(proposal, pageId));
            pageIds.add(pageId);
            audit.recordAs(actor, "page.import", "page:" + pageId,
                    page.name() + " (" + page.encoding() + ", " + position + " articles)");
        }
        // Continued articles: parts whose jump lines go together, one of them on a page of this upload, are linked.
        links.proposeLinks(issueId, pageIds, actor);
        return new ImportResult(issueId, pageIds, articleCount, removed);
    }

    /** The jump lines the segmenter found in the page's articles. */
    static List<org.galley.article.JumpLine> jumps(Proposal proposal, long pageId) {
        return proposal.articles().stream().flatMap(a -> a.jumps().stream())
                .map(j -> new org.galley.article.JumpLine(pageId, j.line(), j.direction(), j.page())).toList();
    }

    static ArticleContent content(ProposedArticle a, long pageId) {
        return ArticleContent.of(a.kind(), a.kicker(), a.headline(), a.subheadline(), Byline.of(a.byline()), a.dateline(),
                a.paragraphs(), a.caption(), a.continued(), refs(a.lines(), pageId));
    }

    static List<LineRef> furniture(Proposal proposal, long pageId) {
        return proposal.furniture().stream().flatMap(f -> refs(f.lines(), pageId).stream()).toList();
    }

    private static List<LineRef> refs(List<LineSpan> spans, long pageId) {
        return spans.stream().map(s -> new LineRef(pageId, s.first(), s.last())).toList();
    }
}
