package org.galley.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.galley.article.merge.ThreeWayMerge;
import org.galley.article.structure.Field;
import org.galley.article.structure.RawPages;
import org.galley.article.structure.Structure;
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
    private final LineOwnerRepository owners;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final LinkRepository links;

    ArticleService(ArticleRepository articles, LineOwnerRepository owners, AuditTrail audit,
                   org.springframework.context.ApplicationEventPublisher events, LinkRepository links) {
        this.articles = articles;
        this.links = links;
        this.owners = owners;
        this.audit = audit;
        this.events = events;
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

    /** Who owns each non-blank raw line of the page, in line order. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<LineOwner> owners(long pageId) {
        return owners.onPage(pageId);
    }

    /** The raw lines of pages, read once per use (a page's raw text never changes). */
    public RawPages rawPages() {
        Map<Long, List<String>> cache = new HashMap<>();
        return pageId -> cache.computeIfAbsent(pageId, p -> owners.rawText(p).lines().toList());
    }

    // ---- import ----

    /**
     * Revision 1 of a new page's articles, from the segmenter's proposals, and the owner of every line: each
     * proposal takes its lines (a line two proposals name goes to the first), then the furniture, and whatever
     * no one took is a leftover. Runs inside the import's transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public List<Long> createPage(long issueId, long pageId, List<ArticleContent> proposals, List<LineRef> furniture,
                                 String actor) {
        RawPages pages = rawPages();
        List<String> raw = pages.lines(pageId);
        Map<Integer, Integer> claims = new HashMap<>();
        for (int i = 0; i < proposals.size(); i++) {
            for (int n : LineRef.numbers(proposals.get(i).lines()).getOrDefault(pageId, new TreeSet<>())) {
                claims.putIfAbsent(n, i);
            }
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            int index = i;
            List<Integer> mine = claims.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).toList();
            ArticleContent checked = ContentRules.check(proposals.get(i).withLines(normalize(LineRef.compact(pageId, mine), pages)));
            long id = articles.insertArticle(issueId, pageId, i + 1, actor);
            articles.insertRevision(id, 1, actor, Origin.SEGMENTER, null, checked);
            ids.add(id);
        }
        java.util.Set<Integer> furnitureLines = LineRef.numbers(furniture).getOrDefault(pageId, new TreeSet<>());
        for (int n : PageInvariant.nonBlank(raw)) {
            Integer proposal = claims.get(n);
            if (proposal != null) {
                owners.insert(pageId, n, LineOwner.Kind.ARTICLE, ids.get(proposal));
            } else {
                owners.insert(pageId, n, furnitureLines.contains(n) ? LineOwner.Kind.FURNITURE : LineOwner.Kind.LEFTOVER, null);
            }
        }
        checkInvariant(java.util.Set.of(pageId));
        events.publishEvent(ArticlesChanged.articles(ids));
        return ids;
    }

    /** Revision 1 of one new article; kept for callers that build a page article by article (no line owners). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long createFromProposal(long issueId, long pageId, int position, ArticleContent content, String actor) {
        ArticleContent checked = ContentRules.check(content);
        long id = articles.insertArticle(issueId, pageId, position, actor);
        articles.insertRevision(id, 1, actor, Origin.SEGMENTER, null, checked);
        events.publishEvent(ArticlesChanged.article(id));
        return id;
    }

    /**
     * Records line owners for a page imported before ownership was kept: live articles take the lines their
     * current revision names (first in page order wins), then the furniture, the rest are leftovers. An article
     * whose lines change by this gets a revision saying so. Idempotent: a page with owners is left alone.
     */
    @Transactional
    public void recordOwners(long pageId, List<LineRef> furniture) {
        if (owners.hasRows(pageId)) {
            return;
        }
        owners.lockPage(pageId);
        RawPages pages = rawPages();
        List<String> raw = pages.lines(pageId);
        java.util.Set<Integer> nonBlank = PageInvariant.nonBlank(raw);
        Map<Integer, Long> claims = new HashMap<>();
        List<Article> onPage = articles.findByPage(pageId);
        for (Article a : onPage) {
            for (int n : LineRef.numbers(a.content().lines()).getOrDefault(pageId, new TreeSet<>())) {
                if (nonBlank.contains(n)) {
                    claims.putIfAbsent(n, a.id());
                }
            }
        }
        for (Article a : onPage) {
            List<Integer> mine = claims.entrySet().stream().filter(e -> e.getValue() == a.id()).map(Map.Entry::getKey).toList();
            List<LineRef> lines = normalize(LineRef.compact(pageId, mine), pages);
            if (!lines.equals(a.content().lines())) {
                write(a.id(), a.revision(), a.content().withLines(lines), Origin.STRUCTURE, Note.of("history.note.linesRecorded"), "system");
            }
        }
        java.util.Set<Integer> furnitureLines = LineRef.numbers(furniture).getOrDefault(pageId, new TreeSet<>());
        for (int n : nonBlank) {
            Long owner = claims.get(n);
            owners.insert(pageId, n, owner != null ? LineOwner.Kind.ARTICLE
                    : furnitureLines.contains(n) ? LineOwner.Kind.FURNITURE : LineOwner.Kind.LEFTOVER, owner);
        }
        checkInvariant(java.util.Set.of(pageId));
    }

    /** The segmenter's leftovers stored with a page at import (JSON), for the start-up backfill. */
    @Transactional(readOnly = true)
    public String leftoversJson(long pageId) {
        return owners.leftoversJson(pageId);
    }

    @Transactional(readOnly = true)
    public List<Long> pagesWithoutOwners() {
        return owners.pagesWithoutOwners();
    }

    // ---- editing ----

    /**
     * Saves new content based on {@code baseRevision}; a conflict writes nothing and carries both versions.
     * Text only: the lines an article owns change by structure operations, never by a save, so whatever lines
     * the content names are replaced by the ones the article owns.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article save(long articleId, int baseRevision, ArticleContent content, String note) {
        Article current = get(articleId);
        ArticleContent checked = ContentRules.check(content == null ? null : content.withLines(current.content().lines()));
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

    /**
     * Makes an old revision current again by copying it into a new revision; history keeps everything. The old
     * revision's lines come back with it: lines now in the leftovers are taken back, lines the article holds
     * now but did not then go to the leftovers, and if another article or the furniture holds one of them,
     * nothing is restored (the text would be on the page twice) and the message says which.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article restore(long articleId, int revisionToRestore, int baseRevision, String note) {
        Revision old = revision(articleId, revisionToRestore);
        Article current = get(articleId);
        // A revision from before a part still linked was taken in lacks the part's text and lines: restoring it
        // would leave the link live around a part that comes back empty on unlinking.
        Integer linkedAt = links.latestLiveLinkRevision(articleId).orElse(null);
        if (linkedAt != null && revisionToRestore < linkedAt) {
            throw new UserFacingException("article.error.restoreLinked", revisionToRestore, linkedAt);
        }
        RawPages pages = rawPages();
        List<LineRef> wanted = normalize(old.content().lines(), pages);
        Map<Long, java.util.SortedSet<Integer>> want = LineRef.numbers(wanted);
        for (long pageId : want.keySet()) {
            owners.lockPage(pageId);
        }
        for (Map.Entry<Long, java.util.SortedSet<Integer>> e : want.entrySet()) {
            for (LineOwner o : owners.onPage(e.getKey())) {
                if (!e.getValue().contains(o.line())) {
                    continue;
                }
                if (o.kind() == LineOwner.Kind.FURNITURE) {
                    throw new UserFacingException("article.error.restoreFurniture", revisionToRestore, o.line());
                }
                if (o.kind() == LineOwner.Kind.ARTICLE && o.articleId() != articleId) {
                    throw new UserFacingException("article.error.restoreTaken", revisionToRestore, o.line(), o.articleId());
                }
            }
        }
        String why = note == null || note.isBlank() ? Note.of("history.note.restored", revisionToRestore) : note;
        applyLocked(new StructureChange(List.of(new StructureChange.Edit(articleId, baseRevision, old.content().withLines(wanted))),
                List.of(), List.of(), why), Origin.RESTORE, pages);
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
        events.publishEvent(ArticlesChanged.article(articleId));
    }

    // ---- structure ----

    /**
     * Applies a multi-article change: all of it in one transaction, one new revision per article touched, the
     * line owners rewritten to match, and the page invariant checked before anything commits.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> applyStructure(StructureChange change) {
        return applyLocked(change, Origin.STRUCTURE, rawPages());
    }

    /**
     * The same as {@link #applyStructure}, for a service of this package that checked the caller's rights itself or
     * acts for an import (linking continued articles, see ArticleLinks); only inside the caller's transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    List<Article> applyInCallersTransaction(StructureChange change) {
        return applyLocked(change, Origin.STRUCTURE, rawPages());
    }

    private List<Article> applyLocked(StructureChange change, Origin origin, RawPages pages) {
        String actor = AuditTrail.currentActor();
        Map<Long, Integer> bases = new HashMap<>();
        change.edits().forEach(e -> bases.put(e.articleId(), e.baseRevision()));
        change.retires().forEach(r -> bases.put(r.articleId(), r.baseRevision()));
        if (bases.size() != change.edits().size() + change.retires().size()) {
            throw new UserFacingException("article.error.structure");
        }
        // Every page whose lines may change is locked first (in id order, so two changes cannot deadlock), then
        // the articles: structure changes of one page happen one at a time.
        java.util.TreeSet<Long> pageIds = new java.util.TreeSet<>();
        Map<Long, Article> before = new HashMap<>();
        for (long id : bases.keySet()) {
            Article a = articles.find(id).orElseThrow(() -> UserFacingException.notFound("article.error.unknown", id));
            before.put(id, a);
            pageIds.add(a.pageId());
            pageIds.addAll(LineRef.numbers(a.content().lines()).keySet());
        }
        change.creates().forEach(n -> pageIds.add(n.pageId()));
        java.util.function.Consumer<List<LineRef>> pagesOf = refs -> pageIds.addAll(LineRef.numbers(refs).keySet());
        change.edits().forEach(e -> pagesOf.accept(e.content().lines()));
        change.creates().forEach(n -> pagesOf.accept(n.content().lines()));
        pagesOf.accept(change.toFurniture());
        pagesOf.accept(change.toLeftovers());
        pageIds.forEach(owners::lockPage);
        bases.keySet().stream().sorted().forEach(id -> articles.findForUpdate(id));

        List<Long> touched = new ArrayList<>();
        // Lines of every article changed are released first, then taken by the contents that name them.
        for (Article a : before.values()) {
            release(a.content().lines(), pages);
        }
        for (StructureChange.Edit e : change.edits()) {
            ArticleContent content = ContentRules.check(e.content().withLines(normalize(e.content().lines(), pages)));
            write(e.articleId(), e.baseRevision(), content, origin, change.note(), actor);
            take(content.lines(), LineOwner.Kind.ARTICLE, e.articleId(), pages);
            touched.add(e.articleId());
        }
        for (StructureChange.Retire r : change.retires()) {
            Article gone = before.get(r.articleId());
            write(r.articleId(), r.baseRevision(), gone.content().withLines(List.of()), origin, Note.of("history.note.mergedInto", r.intoArticleId()), actor);
            articles.markMerged(r.articleId(), r.intoArticleId(), actor);
            // Parts still linked to the article leave with its text: their rows follow it, marked as taken in with
            // the revision that took it, so unlinking cuts them out and a restore cannot go back before it.
            links.moveParts(r.articleId(), r.intoArticleId(), articles.find(r.intoArticleId()).orElseThrow().revision());
        }
        for (StructureChange.NewArticle n : change.creates()) {
            ArticleContent content = ContentRules.check(n.content().withLines(normalize(n.content().lines(), pages)));
            Long pageIssue = n.afterArticleId() == null ? null : get(n.afterArticleId()).issueId();
            long issueId = pageIssue != null ? pageIssue : issueOfPage(n.pageId());
            long id = articles.insertArticle(issueId, n.pageId(), articles.maxPosition(n.pageId()) + 1, actor);
            articles.insertRevision(id, 1, actor, Origin.STRUCTURE, blankToNull(change.note()), content);
            take(content.lines(), LineOwner.Kind.ARTICLE, id, pages);
            events.publishEvent(ArticlesChanged.article(id));
            if (n.afterArticleId() != null) {
                placeAfter(n.pageId(), n.afterArticleId(), id, actor);
            }
            touched.add(id);
        }
        take(normalize(change.toFurniture(), pages), LineOwner.Kind.FURNITURE, null, pages);
        take(normalize(change.toLeftovers(), pages), LineOwner.Kind.LEFTOVER, null, pages);
        checkInvariant(pageIds);
        audit.record("article.structure", "articles:" + touched, change.note());
        return touched.stream().map(this::get).toList();
    }

    private void release(List<LineRef> lines, RawPages pages) {
        take(lines, LineOwner.Kind.LEFTOVER, null, pages);
    }

    private void take(List<LineRef> lines, LineOwner.Kind kind, Long articleId, RawPages pages) {
        LineRef.numbers(lines).forEach((pageId, numbers) -> {
            java.util.Set<Integer> nonBlank = PageInvariant.nonBlank(pages.lines(pageId));
            owners.set(pageId, numbers.stream().filter(nonBlank::contains).toList(), kind, articleId);
        });
    }

    /** The page invariant for the given pages; a violation is a bug, so it rolls everything back. */
    private void checkInvariant(java.util.Set<Long> pageIds) {
        RawPages pages = rawPages();
        for (long pageId : pageIds) {
            List<Article> live = articles.findByIssue(issueOfPage(pageId));
            List<String> problems = PageInvariant.violations(pageId, pages.lines(pageId), owners.onPage(pageId), live,
                    owners.mergedOwners(pageId));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("page " + pageId + " invariant broken: " + problems);
            }
        }
    }

    /**
     * The page invariant as a list of problems (empty when the page is sound), for tests and health checks.
     */
    @Transactional(readOnly = true)
    public List<String> invariantViolations(long pageId) {
        return PageInvariant.violations(pageId, rawPages().lines(pageId), owners.onPage(pageId),
                articles.findByIssue(issueOfPage(pageId)), owners.mergedOwners(pageId));
    }

    /**
     * Lines as stored: only non-blank lines count, and a range runs on over blank lines between two owned lines,
     * so a paragraph broken by an empty line still reads as one range.
     */
    static List<LineRef> normalize(List<LineRef> lines, RawPages pages) {
        List<LineRef> out = new ArrayList<>();
        LineRef.numbers(lines).forEach((pageId, numbers) -> {
            List<String> raw = pages.lines(pageId);
            java.util.SortedSet<Integer> nonBlank = PageInvariant.nonBlank(raw);
            List<Integer> mine = numbers.stream().filter(nonBlank::contains).toList();
            Integer start = null;
            Integer prev = null;
            for (int n : mine) {
                if (prev != null && nonBlank.subSet(prev + 1, n).isEmpty()) {
                    prev = n;
                    continue;
                }
                if (start != null) {
                    out.add(new LineRef(pageId, start, prev));
                }
                start = n;
                prev = n;
            }
            if (start != null) {
                out.add(new LineRef(pageId, start, prev));
            }
        });
        return out;
    }

    /** Splits an article before paragraph {@code atParagraph}: each part takes the lines of what it holds. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> split(long articleId, int baseRevision, int atParagraph) {
        Article a = get(articleId);
        Structure.Pair parts = Structure.split(a.content(), atParagraph, rawPages());
        return applyStructure(new StructureChange(
                List.of(new StructureChange.Edit(articleId, baseRevision, parts.first())),
                List.of(new StructureChange.NewArticle(a.pageId(), articleId, parts.second())),
                List.of(), Note.of("history.note.split", atParagraph + 1)));
    }

    /**
     * Merges one article into another: text, byline and lines unite. Both must be of one issue; they may be on
     * different pages, since each line names its page (an article continued on another page).
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article merge(long intoId, int intoBase, long fromId, int fromBase) {
        if (intoId == fromId) {
            throw new UserFacingException("article.error.structure");
        }
        Article into = get(intoId);
        Article from = get(fromId);
        if (into.issueId() != from.issueId()) {
            throw new UserFacingException("article.error.otherIssue");
        }
        applyStructure(new StructureChange(
                List.of(new StructureChange.Edit(intoId, intoBase, Structure.merge(into.content(), from.content()))),
                List.of(), List.of(new StructureChange.Retire(fromId, fromBase, intoId)),
                Note.of("history.note.mergedArticle", fromId, intoId)));
        return get(intoId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> moveParagraphs(long fromId, int fromBase, long toId, int toBase, List<Integer> paragraphIndexes) {
        sameIssue(fromId, toId);
        Structure.Pair moved = Structure.moveParagraphs(get(fromId).content(), get(toId).content(), paragraphIndexes, rawPages());
        return applyStructure(new StructureChange(List.of(
                new StructureChange.Edit(fromId, fromBase, moved.first()), new StructureChange.Edit(toId, toBase, moved.second())),
                List.of(), List.of(), Note.of("history.note.movedParagraphs", paragraphIndexes.size(), toId)));
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> moveByline(long fromId, int fromBase, long toId, int toBase) {
        return moveField(fromId, fromBase, toId, toBase, Field.BYLINE);
    }

    /** Moves a title, the dateline, the caption or the byline, with the lines it came from, to another article. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> moveField(long fromId, int fromBase, long toId, int toBase, Field field) {
        sameIssue(fromId, toId);
        Structure.Pair moved = Structure.moveField(get(fromId).content(), get(toId).content(), field, rawPages());
        return applyStructure(new StructureChange(List.of(
                new StructureChange.Edit(fromId, fromBase, moved.first()), new StructureChange.Edit(toId, toBase, moved.second())),
                List.of(), List.of(), Note.of("history.note.movedField", Note.term("field." + field.name().toLowerCase(java.util.Locale.ROOT)), toId)));
    }

    private void sameIssue(long a, long b) {
        if (a == b) {
            throw new UserFacingException("article.error.structure");
        }
        if (get(a).issueId() != get(b).issueId()) {
            throw new UserFacingException("article.error.otherIssue");
        }
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
