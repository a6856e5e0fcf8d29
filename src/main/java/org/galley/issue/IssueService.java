package org.galley.issue;

import java.util.List;
import java.util.Optional;
import org.galley.common.AuditTrail;
import org.galley.common.Hashes;
import org.galley.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Newspaper issues: listing them for everyone on staff, creating them for correctors and up. */
@Service
public class IssueService {

    private final IssueRepository issues;
    private final PageRepository pages;
    private final AuditTrail audit;
    /** Newspapers digitized here were printed in these years; a date outside is a typing mistake. */
    @org.springframework.beans.factory.annotation.Value("${galley.issue.min-year:1800}")
    private int minYear = 1800;
    @org.springframework.beans.factory.annotation.Value("${galley.issue.max-year:2100}")
    private int maxYear = 2100;

    IssueService(IssueRepository issues, PageRepository pages, AuditTrail audit) {
        this.issues = issues;
        this.pages = pages;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Page> pages(long issueId) {
        return pages.findByIssue(issueId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Optional<Page> page(long pageId) {
        return pages.findById(pageId);
    }

    /**
     * Stores one raw page inside the caller's transaction (the import owns it). A page number already used in
     * the issue, or the same text imported twice, is refused with a message naming the page.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long storePage(long issueId, Integer pageNumber, String section, String sourceName, String rawText,
                          String encoding, String language, String leftoversJson, String actor) {
        if (!issues.exists(issueId)) {
            throw UserFacingException.notFound("issue.error.unknown", issueId);
        }
        String sha = Hashes.sha256(rawText);
        pages.numberWithHash(issueId, sha).ifPresent(existing -> {
            throw UserFacingException.conflict("import.error.duplicateText", sourceName, existing);
        });
        int number = pageNumber == null ? pages.nextNumber(issueId) : pageNumber;
        if (pages.existsNumber(issueId, number)) {
            throw UserFacingException.conflict("import.error.pageExists", number);
        }
        return pages.insert(issueId, number, section, sourceName, rawText, sha, encoding, language, leftoversJson, actor);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<IssueSummary> list() {
        return issues.findAll();
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Optional<IssueSummary> find(long id) {
        return issues.findById(id);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return issues.exists(id);
    }

    /** Creates the issue; the same title, date and edition twice is refused rather than silently reused. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public IssueSummary create(NewIssue request) {
        long id = createUnchecked(request, AuditTrail.currentActor());
        return issues.findById(id).orElseThrow();
    }

    /** For the start-up seed import, which runs as the system before anyone logs in. */
    @Transactional
    public long createAsSystem(NewIssue request) {
        return createUnchecked(request, "system");
    }

    @Transactional(readOnly = true)
    public long countAll() {
        return issues.count();
    }

    private long createUnchecked(NewIssue request, String actor) {
        if (request == null || request.title() == null || request.title().isBlank()) {
            throw new UserFacingException("issue.error.title");
        }
        if (request.date() == null) {
            throw new UserFacingException("issue.error.date");
        }
        String title = request.title().trim();
        if (title.length() > 200) {
            throw new UserFacingException("issue.error.title");
        }
        IssueInput.check(request, minYear, maxYear);
        String edition = request.edition() == null ? "" : request.edition().trim();
        String language = request.language() == null ? "" : request.language().trim();
        issues.titleLanguage(title).ifPresent(existing -> {
            // A title has one language (it drives segmenting and the exports); asking for another is a mistake to name.
            if (!language.isEmpty() && !existing.equalsIgnoreCase(language)) {
                throw UserFacingException.conflict("issue.error.titleLanguage", title, existing, language);
            }
        });
        long titleId = issues.titleId(title, request.language());
        // The unique key decides (not a look-up first), so two people creating the same issue at once get one.
        long id = issues.insert(titleId, request.date(), edition, blankToNull(request.number()), actor)
                .orElseThrow(() -> UserFacingException.conflict("issue.error.exists", title, request.date().toString()));
        audit.recordAs(actor, "issue.create", "issue:" + id, title + " " + request.date());
        return id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
