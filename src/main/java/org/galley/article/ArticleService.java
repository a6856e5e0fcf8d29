package org.galley.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.galley.article.merge.ThreeWayMerge;
import org.galley.common.AuditTrail;
import org.galley.common.Note;
import org.galley.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article store: every change is a new, append-only revision with who, when and why. Saves name the
 * revision they were based on; if someone saved in between, nothing is written and the caller gets both
 * versions. Structure changes touching several articles are one transaction.
 */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final AuditTrail audit;

    ArticleService(ArticleRepository articles, AuditTrail audit) {
        this.articles = articles;
        this.audit = audit;
    }

    // ---- reading ----

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Article get(long articleId) {
        return articles.find(articleId).orElseThrow(() -> UserFacingException.notFound("article.error.unknown", articleId));
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Article> byIssue(long issueId) {
        return articles.findByIssue(issueId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Article> byPage(long pageId) {
        return articles.findByPage(pageId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Revision> history(long articleId) {
        get(articleId);
        return articles.revisions(articleId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Revision revision(long articleId, int number) {
        return articles.revision(articleId, number)
                .orElseThrow(() -> UserFacingException.notFound("article.error.noRevision", articleId, number));
    }

    // ---- import ----

    /** Revision 1 of a new article, from the segmenter's proposal; runs inside the import's transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long createFromProposal(long issueId, long pageId, int position, ArticleContent content, String actor) {
        ArticleContent checked = ContentRules.check(content);
        long id = articles.insertArticle(issueId, pageId, position, actor);
        articles.insertRevision(id, 1, actor, Origin.SEGMENTER, null, checked);
        return id;
    }

    // ---- editing ----

    /** Saves new content based on {@code baseRevision}; a conflict writes nothing and carries both versions. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article save(long articleId, int baseRevision, ArticleContent content, String note) {
        ArticleContent checked = ContentRules.check(content);
        Article current = get(articleId);
        if (current.revision() == baseRevision && current.content().equals(checked)) {
            // Saving what is already there adds nothing to the history (and voids no approval).
            return current;
        }
        String actor = AuditTrail.currentActor();
        write(articleId, baseRevision, checked, Origin.EDIT, note, actor);
        audit.record("article.edit", "article:" + articleId, "revision " + (baseRevision + 1));
        return get(articleId);
    }

    /**
     * Saves like {@link #save}, but if someone saved after {@code baseRevision}, merges three-way against it:
     * changes to different fields or paragraphs are combined and saved on top of theirs; only overlapping
     * changes give a conflict (carrying which ones overlap).
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article saveMerging(long articleId, int baseRevision, ArticleContent content, String note) {
        ArticleContent mine = ContentRules.check(content);
        Article current = get(articleId);
        if (current.revision() == baseRevision) {
            return save(articleId, baseRevision, mine, note);
        }
        Revision theirs = articles.revision(articleId, current.revision()).orElseThrow();
        Revision base = baseRevision < current.revision() ? articles.revision(articleId, baseRevision).orElse(null) : null;
        if (base == null) {
            throw new EditConflictException(theirs, mine, baseRevision, null, List.of());
        }
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(base.content(), mine, theirs.content());
        if (!merged.clean()) {
            throw new EditConflictException(theirs, mine, baseRevision, base,
                    merged.conflicts().stream().map(ThreeWayMerge.Conflict::id).toList());
        }
        String why = note == null || note.isBlank() ? Note.of("history.note.merged", theirs.number(), theirs.author()) : note;
        return save(articleId, current.revision(), merged.merged(), why);
    }

    /** Makes an old revision current again by copying it into a new revision; history keeps everything. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article restore(long articleId, int revisionToRestore, int baseRevision, String note) {
        Revision old = revision(articleId, revisionToRestore);
        String actor = AuditTrail.currentActor();
        String why = note == null || note.isBlank() ? Note.of("history.note.restored", revisionToRestore) : note;
        write(articleId, baseRevision, old.content(), Origin.RESTORE, why, actor);
        audit.record("article.restore", "article:" + articleId, "revision " + revisionToRestore);
        return get(articleId);
    }

    private void write(long articleId, int baseRevision, ArticleContent content, Origin origin, String note, String actor) {
        ContentLimits.checkNote(note);
        articles.find(articleId).ifPresent(a -> ContentLimits.checkKindChange(a.content().kind(), content.kind()));
        if (!articles.advance(articleId, baseRevision, actor)) {
            // Only on the rare failure do we ask why: merged away, or someone saved in between.
            if (articles.isMerged(articleId)) {
                throw UserFacingException.conflict("article.error.merged", articleId);
            }
            Article current = articles.find(articleId)
                    .orElseThrow(() -> UserFacingException.notFound("article.error.unknown", articleId));
            ContentLimits.checkBase(baseRevision, current.revision());
            Revision theirs = articles.revision(articleId, current.revision()).orElseThrow();
            throw new EditConflictException(theirs, content, baseRevision, articles.revision(articleId, baseRevision).orElse(null), List.of());
        }
        articles.insertRevision(articleId, baseRevision + 1, actor, origin, blankToNull(note), content);
    }

    // ---- structure ----

    /** Applies a multi-article change: all of it in one transaction, one new revision per article touched. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> applyStructure(StructureChange change) {
        String actor = AuditTrail.currentActor();
        List<Long> touched = new ArrayList<>();
        Map<Long, Integer> bases = new HashMap<>();
        change.edits().forEach(e -> bases.put(e.articleId(), e.baseRevision()));
        change.retires().forEach(r -> bases.put(r.articleId(), r.baseRevision()));
        if (bases.size() != change.edits().size() + change.retires().size()) {
            throw new UserFacingException("article.error.structure");
        }
        // Lock in id order so two structure changes over the same articles cannot deadlock.
        bases.keySet().stream().sorted().forEach(id -> articles.findForUpdate(id)
                .orElseThrow(() -> UserFacingException.notFound("article.error.unknown", id)));
        for (StructureChange.Edit e : change.edits()) {
            write(e.articleId(), e.baseRevision(), ContentRules.check(e.content()), Origin.STRUCTURE, change.note(), actor);
            touched.add(e.articleId());
        }
        for (StructureChange.Retire r : change.retires()) {
            Article gone = get(r.articleId());
            String why = Note.of("history.note.mergedInto", r.intoArticleId());
            write(r.articleId(), r.baseRevision(), gone.content(), Origin.STRUCTURE, why, actor);
            articles.markMerged(r.articleId(), r.intoArticleId(), actor);
        }
        for (StructureChange.NewArticle n : change.creates()) {
            ArticleContent content = ContentRules.check(n.content());
            Long pageIssue = n.afterArticleId() == null ? null : get(n.afterArticleId()).issueId();
            long issueId = pageIssue != null ? pageIssue : issueOfPage(n.pageId());
            long id = articles.insertArticle(issueId, n.pageId(), articles.maxPosition(n.pageId()) + 1, actor);
            articles.insertRevision(id, 1, actor, Origin.STRUCTURE, blankToNull(change.note()), content);
            if (n.afterArticleId() != null) {
                placeAfter(n.pageId(), n.afterArticleId(), id, actor);
            }
            touched.add(id);
        }
        audit.record("article.structure", "articles:" + touched, change.note());
        return touched.stream().map(this::get).toList();
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> split(long articleId, int baseRevision, int atParagraph) {
        Article a = get(articleId);
        ArticleContent[] parts = StructureOps.split(a.content(), atParagraph);
        return applyStructure(new StructureChange(
                List.of(new StructureChange.Edit(articleId, baseRevision, parts[0])),
                List.of(new StructureChange.NewArticle(a.pageId(), articleId, parts[1])),
                List.of(), Note.of("history.note.split", atParagraph + 1)));
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article merge(long intoId, int intoBase, long fromId, int fromBase) {
        if (intoId == fromId) {
            throw new UserFacingException("article.error.structure");
        }
        Article into = get(intoId);
        Article from = get(fromId);
        if (into.pageId() != from.pageId() && into.issueId() != from.issueId()) {
            throw new UserFacingException("article.error.otherIssue");
        }
        applyStructure(new StructureChange(
                List.of(new StructureChange.Edit(intoId, intoBase, StructureOps.merge(into.content(), from.content()))),
                List.of(), List.of(new StructureChange.Retire(fromId, fromBase, intoId)),
                Note.of("history.note.mergedArticle", fromId, intoId)));
        return get(intoId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> moveParagraphs(long fromId, int fromBase, long toId, int toBase, List<Integer> paragraphIndexes) {
        ArticleContent[] moved = StructureOps.moveParagraphs(get(fromId).content(), get(toId).content(), paragraphIndexes);
        return applyStructure(new StructureChange(List.of(
                new StructureChange.Edit(fromId, fromBase, moved[0]), new StructureChange.Edit(toId, toBase, moved[1])),
                List.of(), List.of(), Note.of("history.note.movedParagraphs", paragraphIndexes.size(), toId)));
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> moveByline(long fromId, int fromBase, long toId, int toBase) {
        ArticleContent[] moved = StructureOps.moveByline(get(fromId).content(), get(toId).content());
        return applyStructure(new StructureChange(List.of(
                new StructureChange.Edit(fromId, fromBase, moved[0]), new StructureChange.Edit(toId, toBase, moved[1])),
                List.of(), List.of(), Note.of("history.note.movedByline", toId)));
    }

    /** Puts the page's articles in the given order (a layout change: no new revision, but audited). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public void reorder(long pageId, List<Long> orderedIds) {
        List<Long> current = articles.idsOnPage(pageId);
        if (orderedIds.size() != current.size() || !new java.util.HashSet<>(orderedIds).equals(new java.util.HashSet<>(current))) {
            throw new UserFacingException("article.error.reorder");
        }
        String actor = AuditTrail.currentActor();
        for (int i = 0; i < orderedIds.size(); i++) {
            articles.setPosition(orderedIds.get(i), i + 1, actor);
        }
        audit.record("article.reorder", "page:" + pageId, orderedIds.toString());
    }

    private void placeAfter(long pageId, long afterId, long newId, String actor) {
        List<Long> ids = new ArrayList<>(articles.idsOnPage(pageId));
        ids.remove(newId);
        int at = ids.indexOf(afterId);
        ids.add(at < 0 ? ids.size() : at + 1, newId);
        for (int i = 0; i < ids.size(); i++) {
            articles.setPosition(ids.get(i), i + 1, actor);
        }
    }

    private long issueOfPage(long pageId) {
        return articles.issueOfPage(pageId).orElseThrow(() -> UserFacingException.notFound("article.error.noPage", pageId));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
