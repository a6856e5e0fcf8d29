package org.galley.revise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.article.ContentLimits;
import org.galley.common.AuditTrail;
import org.galley.common.Note;
import org.galley.common.UserFacingException;
import org.galley.issue.IssueService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Find and replace across an issue as one reviewable change. First every match is shown with its context
 * ({@link #preview}); the user keeps the ones they want; {@link #apply} writes one revision per article touched,
 * all with one note, through the article store's ordinary save (its rules, limits and character checks hold),
 * and records them as a change set. An article saved by someone since the preview is left out and named.
 * An editor can revert a change set as a unit: each article still at the revision the change set wrote gets a
 * new revision with the text from before it; one changed since is left out and named.
 * <p>
 * Rights: finding and replacing edits text like a save, so correctors may; reverting undoes other people's
 * saves across an issue, so it needs an editor.
 */
@Service
public class ReviseService {

    /** The most matches one preview shows (and one apply takes): beyond that the find text is too vague to review. */
    public static final int MAX_MATCHES = 5_000;
    /** Characters of context on each side of a match. */
    static final int CONTEXT = 40;

    private final ReviseRepository changes;
    private final ArticleService articles;
    private final IssueService issues;
    private final AuditTrail audit;

    ReviseService(ReviseRepository changes, ArticleService articles, IssueService issues, AuditTrail audit) {
        this.changes = changes;
        this.articles = articles;
        this.issues = issues;
        this.audit = audit;
    }

    /** Every match in the issue's articles, in page and reading order. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Match> preview(long issueId, Replacement replacement) {
        Replacement r = replacement == null ? new Replacement(null, null, false, false).checked() : replacement.checked();
        requireIssue(issueId);
        List<Match> out = new ArrayList<>();
        for (Article a : articles.byIssue(issueId)) {
            for (ContentFields.Text t : ContentFields.texts(a.content())) {
                for (int start : TextMatcher.find(t.text(), r)) {
                    if (out.size() == MAX_MATCHES) {
                        throw UserFacingException.tooLarge("revise.error.tooMany", MAX_MATCHES);
                    }
                    int end = start + r.find().length();
                    out.add(new Match(a.id(), a.revision(), a.pageNumber(), a.content().title(), a.state().name(), t.field(),
                            t.index(), start, r.find().length(), t.text().substring(Math.max(0, start - CONTEXT), start),
                            t.text().substring(start, end), t.text().substring(end, Math.min(t.text().length(), end + CONTEXT))));
                }
            }
        }
        return out;
    }

    /**
     * Replaces the selected matches: one revision per article, all with {@code note} (a note saying what was
     * replaced when blank), recorded as one change set. All or nothing, except articles changed since the
     * preview, which are left out and named in the result.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public ChangeSet.Result apply(long issueId, Replacement replacement, List<Match.Selection> selected, String note) {
        Replacement r = replacement == null ? new Replacement(null, null, false, false).checked() : replacement.checked();
        requireIssue(issueId);
        if (selected == null || selected.isEmpty()) {
            throw new UserFacingException("revise.error.nothingSelected");
        }
        if (selected.size() > MAX_MATCHES) {
            throw UserFacingException.tooLarge("revise.error.tooMany", MAX_MATCHES);
        }
        ContentLimits.checkNote(note);
        // The note written for the user quotes the texts shortened: a long replacement must not make a note over
        // the limit the user never wrote.
        String why = note == null || note.isBlank() ? Note.of("revise.note.replaced", abbreviate(r.find()), abbreviate(r.replace()))
                : note.strip();
        Map<Long, List<Match.Selection>> byArticle = new TreeMap<>();
        for (Match.Selection s : selected) {
            if (s == null || s.field() == null || !ContentFields.FIELDS.contains(s.field()) || s.index() < 0 || s.start() < 0) {
                throw new UserFacingException("revise.error.selection");
            }
            List<Match.Selection> same = byArticle.computeIfAbsent(s.articleId(), k -> new ArrayList<>());
            if (!same.isEmpty() && same.get(0).revision() != s.revision()) {
                throw new UserFacingException("revise.error.selection");
            }
            if (same.stream().anyMatch(x -> x.field().equals(s.field()) && x.index() == s.index() && x.start() == s.start())) {
                throw new UserFacingException("revise.error.duplicate", s.articleId());
            }
            same.add(s);
        }
        Map<Long, ReviseRepository.Current> current = changes.lock(List.copyOf(byArticle.keySet()));
        List<ChangeSet.Entry> written = new ArrayList<>();
        List<ChangeSet.Skipped> skipped = new ArrayList<>();
        for (Map.Entry<Long, List<Match.Selection>> e : byArticle.entrySet()) {
            long id = e.getKey();
            ReviseRepository.Current c = current.get(id);
            Article a = c == null ? null : articles.get(id);
            if (a == null || a.issueId() != issueId) {
                throw UserFacingException.notFound("revise.error.notInIssue", id, issueId);
            }
            int seen = e.getValue().get(0).revision();
            if (c.merged() || c.revision() != seen) {
                skipped.add(new ChangeSet.Skipped(id, a.content().title(), c.merged() ? "merged" : "changed", c.revision()));
                continue;
            }
            ArticleContent replaced = replaced(a, e.getValue(), r);
            Article saved = articles.save(id, seen, replaced, why);
            if (saved.revision() == seen) {
                skipped.add(new ChangeSet.Skipped(id, a.content().title(), "unchanged", seen));
            } else {
                written.add(new ChangeSet.Entry(id, seen, saved.revision()));
            }
        }
        if (written.isEmpty()) {
            return new ChangeSet.Result(null, skipped);
        }
        long setId = changes.insert(issueId, ChangeSet.Kind.REPLACE, AuditTrail.currentActor(), r, why, null);
        written.forEach(w -> changes.insertEntry(setId, w.articleId(), w.revisionBefore(), w.revisionAfter()));
        audit.record("revise.replace", "issue:" + issueId, "change set " + setId + ", " + written.size() + " article(s)");
        return new ChangeSet.Result(changes.find(setId).orElseThrow(), skipped);
    }

    /** The article's content with the selected matches replaced; a selection that is not a match refuses the whole change. */
    private static ArticleContent replaced(Article a, List<Match.Selection> selections, Replacement r) {
        Map<String, List<Integer>> starts = new LinkedHashMap<>();
        Map<String, ContentFields.Text> texts = new LinkedHashMap<>();
        for (ContentFields.Text t : ContentFields.texts(a.content())) {
            texts.put(t.field() + ":" + t.index(), t);
        }
        for (Match.Selection s : selections) {
            String key = s.field() + ":" + s.index();
            ContentFields.Text t = texts.get(key);
            if (t == null || !TextMatcher.find(t.text(), r).contains(s.start())) {
                throw new UserFacingException("revise.error.noSuchMatch", a.id(), s.field(), s.start());
            }
            starts.computeIfAbsent(key, k -> new ArrayList<>()).add(s.start());
        }
        ArticleContent c = a.content();
        for (Map.Entry<String, List<Integer>> e : starts.entrySet()) {
            ContentFields.Text t = texts.get(e.getKey());
            c = ContentFields.with(c, t.field(), t.index(), old -> TextMatcher.replace(old, e.getValue(), r.find().length(), r.replace()));
        }
        return c;
    }

    /**
     * Reverts a change set as a unit: every article still at the revision the change set wrote gets a new revision
     * with its text from before; the others are left out and named. Recorded as a change set of its own; a change
     * set is reverted at most once, and a revert is not itself reverted (run the find and replace again).
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ChangeSet.Result revert(long changeSetId, String note) {
        ChangeSet cs = changeSet(changeSetId);
        changes.lockIssue(cs.issueId());
        cs = changeSet(changeSetId);
        if (cs.kind() == ChangeSet.Kind.REVERT) {
            throw UserFacingException.conflict("revise.error.revertRevert", changeSetId);
        }
        if (cs.revertedBy() != null) {
            throw UserFacingException.conflict("revise.error.alreadyReverted", changeSetId, cs.revertedBy());
        }
        ContentLimits.checkNote(note);
        String why = note == null || note.isBlank() ? Note.of("revise.note.reverted", changeSetId) : note.strip();
        Map<Long, ReviseRepository.Current> current = changes.lock(cs.articles().stream().map(ChangeSet.Entry::articleId).sorted().toList());
        List<ChangeSet.Entry> written = new ArrayList<>();
        List<ChangeSet.Skipped> skipped = new ArrayList<>();
        for (ChangeSet.Entry e : cs.articles()) {
            ReviseRepository.Current c = current.get(e.articleId());
            Article a = articles.get(e.articleId());
            if (c.merged() || c.revision() != e.revisionAfter()) {
                skipped.add(new ChangeSet.Skipped(e.articleId(), a.content().title(), c.merged() ? "merged" : "changed", c.revision()));
                continue;
            }
            ArticleContent before = articles.revision(e.articleId(), e.revisionBefore()).content();
            Article saved = articles.save(e.articleId(), e.revisionAfter(), before, why);
            if (saved.revision() == e.revisionAfter()) {
                skipped.add(new ChangeSet.Skipped(e.articleId(), a.content().title(), "unchanged", saved.revision()));
            } else {
                written.add(new ChangeSet.Entry(e.articleId(), e.revisionAfter(), saved.revision()));
            }
        }
        if (written.isEmpty()) {
            return new ChangeSet.Result(null, skipped);
        }
        long setId = changes.insert(cs.issueId(), ChangeSet.Kind.REVERT, AuditTrail.currentActor(),
                new Replacement(cs.find(), cs.replace(), cs.wholeWord(), cs.matchCase()), why, changeSetId);
        written.forEach(w -> changes.insertEntry(setId, w.articleId(), w.revisionBefore(), w.revisionAfter()));
        audit.record("revise.revert", "issue:" + cs.issueId(), "change set " + changeSetId + " reverted by " + setId);
        return new ChangeSet.Result(changes.find(setId).orElseThrow(), skipped);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public ChangeSet changeSet(long id) {
        return changes.find(id).orElseThrow(() -> UserFacingException.notFound("revise.error.unknown", id));
    }

    /** The issue's change sets, newest first. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<ChangeSet> changeSets(long issueId) {
        requireIssue(issueId);
        return changes.byIssue(issueId);
    }

    private void requireIssue(long issueId) {
        if (!issues.exists(issueId)) {
            throw UserFacingException.notFound("issue.error.unknown", issueId);
        }
    }

    /** At most {@value #QUOTED} characters (whole code points) of a text quoted in a generated note, then "…". */
    static String abbreviate(String s) {
        if (s == null || s.codePointCount(0, s.length()) <= QUOTED) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, QUOTED)) + "…";
    }

    private static final int QUOTED = 100;
}
