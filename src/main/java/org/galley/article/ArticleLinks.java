package org.galley.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.galley.article.structure.Line;
import org.galley.article.structure.RawPages;
import org.galley.article.structure.Structure;
import org.galley.common.AuditTrail;
import org.galley.common.Note;
import org.galley.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles continued on another page. Linking merges the continuation into the first part: one article, one
 * workflow state, one approval and one history, whose lines (each with its page) span both pages, body in
 * reading order, the jump lines still owned but out of the text. The link row remembers the part, so unlinking
 * gives two articles back: exactly as they were when nothing changed since, otherwise by cutting the part's
 * page's lines, and the text that came from them, out again. See docs/decisions/0014-continued-articles.md.
 */
@Service
public class ArticleLinks {

    private final ArticleRepository articles;
    private final LinkRepository links;
    private final ArticleService store;
    private final AuditTrail audit;

    ArticleLinks(ArticleRepository articles, LinkRepository links, ArticleService store, AuditTrail audit) {
        this.articles = articles;
        this.links = links;
        this.store = store;
        this.audit = audit;
    }

    // ---- import ----

    /** Records a page's jump lines (the segmenter's), inside the import's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordJumps(List<JumpLine> jumps) {
        jumps.forEach(links::insertJump);
    }

    /**
     * Links every pair of unlinked jumps of the issue that go together (see {@link LinkProposals}) and that touch
     * a page of this upload ({@code newPageIds}); run when pages are added, inside the import's transaction. Pairs
     * of pages already there are left alone: an editor may have unlinked them on purpose, and relinking would
     * knock an approved article back. A pair an editor unlinked is never proposed again. Returns how many links
     * it made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int proposeLinks(long issueId, java.util.Collection<Long> newPageIds, String actor) {
        int made = 0;
        java.util.Set<Long> fresh = new java.util.HashSet<>(newPageIds);
        for (LinkProposals.Pair p : LinkProposals.propose(sides(links.unlinkedJumps(issueId), liveById(issueId)))) {
            if (!fresh.contains(p.to().jump().pageId()) && !fresh.contains(p.from().jump().pageId())) {
                continue;
            }
            // A first part linked earlier in this loop may itself be a continuation now merged: the chain 1→3→5
            // is one article, so the part on page 5 goes into the article that took in page 3.
            Article first = articles.find(root(p.to().ownerId())).orElseThrow();
            Article part = articles.find(p.from().ownerId()).orElseThrow();
            if (articles.isMerged(part.id()) || first.pageNumber() >= part.pageNumber()) {
                continue; // a part of a page before its first part: not what the jumps say, left to an editor
            }
            if (links.wasUnlinked(first.id(), part.id(), p.to().jump()) || clash(first, part) != null) {
                continue;
            }
            link(first, part, p.to().jump(), p.from().jump(), "proposed", actor);
            made++;
        }
        return made;
    }

    /** The article an article went into, following merges to the live one. */
    private long root(long articleId) {
        long id = articleId;
        for (int hops = 0; hops < 1000; hops++) {
            Long into = articles.mergedInto(id).orElse(null);
            if (into == null) {
                return id;
            }
            id = into;
        }
        throw new IllegalStateException("merge chain of article " + articleId + " does not end");
    }

    private Map<Long, Article> liveById(long issueId) {
        Map<Long, Article> live = new HashMap<>();
        articles.findByIssue(issueId).forEach(a -> live.put(a.id(), a));
        return live;
    }

    private static List<LinkProposals.Side> sides(List<LinkRepository.OwnedJump> jumps, Map<Long, Article> live) {
        List<LinkProposals.Side> out = new ArrayList<>();
        for (LinkRepository.OwnedJump j : jumps) {
            Article owner = j.ownerId() == null ? null : live.get(j.ownerId());
            if (owner != null) {
                out.add(new LinkProposals.Side(j.jump(), j.pageNumber(), owner.id(), words(owner.content(), j.jump().isTo())));
            }
        }
        return out;
    }

    /** The words that tell an article: its titles, and for a continuation the start of its text too. */
    private static String words(ArticleContent c, boolean firstPart) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {c.kicker(), c.headline(), c.subheadline()}) {
            if (s != null) {
                sb.append(s).append(' ');
            }
        }
        if ((!firstPart || sb.isEmpty()) && !c.body().isEmpty()) {
            String p = c.body().get(0).text();
            sb.append(p, 0, Math.min(p.length(), 40));
        }
        return sb.toString();
    }

    // ---- reading ----

    /**
     * How many jump lines no link joins, per page id of the issue (pages without any are left out). Only jumps of
     * a live article count: one in the furniture or the leftovers, or of an excluded article, is nothing anyone
     * could link, and counting it would keep the page in need of work for ever.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Map<Long, Integer> unlinkedJumpCounts(long issueId) {
        return links.unlinkedJumpCountsOfLiveArticles(issueId);
    }

    /**
     * The direction ({@link JumpLine#TO} or {@link JumpLine#FROM}) of the jump lines no link joins, by the article
     * that owns them ("to" when it owns both): what the page editor's cards say about parts not linked yet.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Map<Long, String> unlinkedJumpDirections(long issueId) {
        Map<Long, String> out = new HashMap<>();
        for (LinkRepository.OwnedJump j : links.unlinkedJumps(issueId)) {
            if (j.ownerId() != null) {
                out.merge(j.ownerId(), j.jump().direction(), (a, b) -> JumpLine.TO.equals(a) ? a : b);
            }
        }
        return out;
    }

    /** The jump lines of an issue that no link joins, each with the articles it could be linked with. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<UnlinkedJump> unlinkedJumps(long issueId) {
        requireIssue(issueId);
        List<Article> live = articles.findByIssue(issueId);
        Map<Long, Article> byId = new HashMap<>();
        live.forEach(a -> byId.put(a.id(), a));
        // The sides come from this one list: a second read could see a link committed in between (read committed).
        List<LinkRepository.OwnedJump> all = links.unlinkedJumps(issueId);
        List<LinkProposals.Side> sides = sides(all, byId);
        RawPages pages = store.rawPages();
        List<UnlinkedJump> out = new ArrayList<>();
        for (LinkRepository.OwnedJump j : all) {
            Article owner = j.ownerId() == null ? null : byId.get(j.ownerId());
            List<UnlinkedJump.Candidate> candidates = new ArrayList<>();
            if (owner != null) {
                LinkProposals.Side me = sides.stream().filter(s -> s.jump().equals(j.jump())).findFirst().orElseThrow();
                // Partners whose own jump agrees come first, best scored; then the other articles of the page it names.
                sides.stream().filter(s -> me.jump().isTo() ? LinkProposals.pagesAgree(me, s) : LinkProposals.pagesAgree(s, me))
                        .sorted(Comparator.comparingInt((LinkProposals.Side s) -> -(me.jump().isTo() ? LinkProposals.score(me, s) : LinkProposals.score(s, me))))
                        .map(s -> byId.get(s.ownerId())).distinct()
                        .forEach(a -> candidates.add(new UnlinkedJump.Candidate(a.id(), a.pageNumber(), a.content().title())));
                Integer named = j.jump().targetPage();
                for (Article a : live) {
                    boolean onNamedPage = named != null ? a.pageNumber() == named
                            : (j.jump().isTo() ? a.pageNumber() == j.pageNumber() + 1 : a.pageNumber() == j.pageNumber() - 1);
                    if (onNamedPage && a.id() != owner.id() && candidates.stream().noneMatch(c -> c.articleId() == a.id())) {
                        candidates.add(new UnlinkedJump.Candidate(a.id(), a.pageNumber(), a.content().title()));
                    }
                }
            }
            List<String> raw = pages.lines(j.jump().pageId());
            String text = j.jump().line() <= raw.size() ? raw.get(j.jump().line() - 1).strip() : "";
            out.add(new UnlinkedJump(j.jump().pageId(), j.pageNumber(), j.jump().line(), j.jump().direction(), j.jump().targetPage(),
                    text, owner == null ? null : owner.id(), owner == null ? null : owner.content().title(), candidates));
        }
        return out;
    }

    /** The live links of an issue. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<ArticleLink> links(long issueId) {
        requireIssue(issueId);
        return links.liveLinks(issueId);
    }

    /** The parts linked into an article, in page order. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<ArticleLink> partsOf(long articleId) {
        store.get(articleId);
        return links.liveLinksOf(articleId);
    }

    private void requireIssue(long issueId) {
        if (!links.issueExists(issueId)) {
            throw UserFacingException.notFound("issue.error.unknown", issueId);
        }
    }

    // ---- link and unlink ----

    /**
     * Links two articles of one issue on different pages as parts of one article: the part on the earlier page
     * takes in the other. Each names the revision the editor saw; if either moved on, nothing is written.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article link(long articleId, int baseRevision, long otherId, int otherBase) {
        Article a = store.get(articleId);
        Article b = store.get(otherId);
        if (a.id() == b.id()) {
            throw new UserFacingException("article.error.structure");
        }
        if (a.issueId() != b.issueId()) {
            throw new UserFacingException("article.error.otherIssue");
        }
        if (articles.isMerged(a.id()) || articles.isMerged(b.id())) {
            throw UserFacingException.conflict("article.error.merged", articles.isMerged(a.id()) ? a.id() : b.id());
        }
        if (a.pageNumber() == b.pageNumber()) {
            throw new UserFacingException("link.error.samePage");
        }
        ContentLimits.checkBase(baseRevision, a.revision());
        ContentLimits.checkBase(otherBase, b.revision());
        if (a.revision() != baseRevision || b.revision() != otherBase) {
            throw UserFacingException.conflict("link.error.changed");
        }
        Article first = a.pageNumber() < b.pageNumber() ? a : b;
        Article part = first == a ? b : a;
        Integer clash = clash(first, part);
        if (clash != null) {
            throw new UserFacingException("link.error.pageTaken", clash);
        }
        // The jump lines the link joins: the first part's unlinked "to" jump naming the part's page (or none), and
        // the part's unlinked "from" jump.
        List<LinkRepository.OwnedJump> open = links.unlinkedJumps(a.issueId());
        JumpLine to = open.stream().filter(j -> first.id() == nz(j.ownerId()) && j.jump().isTo()
                && (j.jump().targetPage() == null || j.jump().targetPage() == part.pageNumber())).map(LinkRepository.OwnedJump::jump)
                .findFirst().orElse(null);
        JumpLine from = open.stream().filter(j -> part.id() == nz(j.ownerId()) && !j.jump().isTo()).map(LinkRepository.OwnedJump::jump)
                .findFirst().orElse(null);
        link(first, part, to, from, "editor", AuditTrail.currentActor());
        return store.get(first.id());
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }

    /**
     * The page number on which the first part already has a live part where the new part (or one of its own
     * parts) would go, or null. One part per page: the editor names a part by its page ("the part on page 3"),
     * and a story is continued once on a page; two stories there are two articles.
     */
    private Integer clash(Article first, Article part) {
        java.util.Set<Long> taken = new java.util.HashSet<>();
        links.liveLinksOf(first.id()).forEach(l -> taken.add(l.partPageId()));
        if (taken.contains(part.pageId())) {
            return part.pageNumber();
        }
        for (ArticleLink l : links.liveLinksOf(part.id())) {
            if (taken.contains(l.partPageId())) {
                return l.partPageNumber();
            }
        }
        return null;
    }

    private void link(Article first, Article part, JumpLine to, JumpLine from, String origin, String actor) {
        RawPages pages = store.rawPages();
        // The continuation's repeated headline is a signpost for readers of the paper, not a part of the story.
        String repeated = repeats(first.content().headline(), part.content().headline()) ? part.content().headline() : null;
        ArticleContent partText = repeated == null ? part.content() : part.content().withHeadline(null);
        ArticleContent merged = Structure.merge(first.content(), partText);
        // A jump line's words are the page's, not the story's: none of it stays in the linked text.
        List<String> jumpTexts = new ArrayList<>();
        for (JumpLine j : new JumpLine[] {to, from}) {
            if (j != null) {
                jumpTexts.add(squash(pages.line(new Line(j.pageId(), j.line()))));
            }
        }
        merged = merged.withBody(merged.body().stream().filter(p -> !jumpTexts.contains(squash(p.text()))).toList())
                .withContinued(part.content().continued());
        store.applyInCallersTransaction(new StructureChange(List.of(new StructureChange.Edit(first.id(), first.revision(), merged)),
                List.of(), List.of(new StructureChange.Retire(part.id(), part.revision(), first.id())),
                Note.of("history.note.linked", part.pageNumber(), part.id())));
        int linkRevision = first.revision() + 1;
        // A part that is itself the first part of a link (page 3 of 1→3→5, linked to 5 before 1 was linked) brought
        // its parts along when the store retired it: their rows now name the first part with this revision; since
        // two links then share it, unlinking either cuts rather than going back a revision.
        links.insertLink(first.issueId(), first.id(), part.id(), part.pageId(), to, from, linkRevision,
                part.revision(), repeated, origin, actor);
        audit.recordAs(actor, "article.link", "article:" + first.id(), "part " + part.id() + " (page " + part.pageNumber() + ")");
    }

    /** Whether a continuation's headline repeats the first part's: the same words, or a keyword of it (独山港). */
    static boolean repeats(String firstHeadline, String partHeadline) {
        if (firstHeadline == null || partHeadline == null || partHeadline.isBlank()) {
            return false;
        }
        String a = squash(firstHeadline).toLowerCase(java.util.Locale.ROOT).replaceAll("\\p{P}", "");
        String b = squash(partHeadline).toLowerCase(java.util.Locale.ROOT).replaceAll("\\p{P}", "");
        if (!b.isEmpty() && a.contains(b)) {
            return true;
        }
        java.util.Set<String> theirs = LinkProposals.keywords(partHeadline);
        theirs.removeAll(LinkProposals.keywords(firstHeadline));
        return !LinkProposals.keywords(partHeadline).isEmpty() && theirs.isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    /**
     * Unlinks a part: two articles again. With no change to the linked article since the link, both come back
     * exactly as they were; otherwise the lines the part had when it was linked that the article still holds, and
     * the text that came from them, go back to the part. Nothing is lost either way: every line and every
     * character is in one of the two.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> unlink(long articleId, long partId) {
        ArticleLink link = links.liveLinkForUpdate(articleId, partId)
                .orElseThrow(() -> UserFacingException.notFound("link.error.noLink", articleId, partId));
        String actor = AuditTrail.currentActor();
        Article linked = store.get(articleId);
        Article part = store.get(partId);
        int linkRevision = links.linkRevision(link.id());
        List<ArticleLink> others = links.liveLinksOf(articleId).stream().filter(l -> l.id() != link.id()).toList();
        ArticleContent partThen = articles.revision(partId, links.partRevision(link.id())).orElseThrow().content();
        ArticleContent first;
        ArticleContent rest;
        boolean onlyThisLink = others.stream().noneMatch(l -> links.linkRevision(l.id()) == linkRevision);
        ArticleContent beforeLink = linked.revision() == linkRevision && onlyThisLink
                ? articles.revision(articleId, linkRevision - 1).orElseThrow().content() : null;
        // Going back a revision is exact only if that revision made the link and took in nothing else: a link that
        // moved with an article merged into this one shares its revision with the merged article's own lines.
        if (beforeLink != null && LineRef.numbers(linked.content().lines()).equals(union(beforeLink, partThen))) {
            first = beforeLink;
            rest = partThen;
        } else {
            RawPages pages = store.rawPages();
            Map<Long, SortedSet<Integer>> lines = LineRef.numbers(linked.content().lines());
            // The part's lines: those it had when linked, less any another live part brought (a part that was
            // itself a first part brought its own parts' lines), and only those the article still holds.
            Map<Long, SortedSet<Integer>> partLines = LineRef.numbers(partThen.lines());
            for (ArticleLink o : others) {
                LineRef.numbers(articles.revision(o.partId(), links.partRevision(o.id())).orElseThrow().content().lines())
                        .forEach((page, numbers) -> partLines.getOrDefault(page, new TreeSet<>()).removeAll(numbers));
            }
            Map<Long, SortedSet<Integer>> remaining = new HashMap<>();
            Map<Long, SortedSet<Integer>> back = new HashMap<>();
            lines.forEach((page, numbers) -> numbers.forEach(n -> (partLines.getOrDefault(page, new TreeSet<>()).contains(n) ? back : remaining)
                    .computeIfAbsent(page, k -> new TreeSet<>()).add(n)));
            // The part's repeated headline (独山港) is out of the linked text: its line must not cut the same words
            // out of the first part's headline (独山港新码头…). The part gets it back from the link row below.
            String headline = links.partHeadline(link.id());
            List<Line> cutLines = new ArrayList<>();
            back.forEach((page, numbers) -> numbers.stream().map(n -> new Line(page, n))
                    .filter(l -> headline == null || !squash(pages.line(l)).equals(squash(headline))).forEach(cutLines::add));
            Structure.Cut cut = Structure.cut(linked.content(), cutLines, pages);
            first = cut.remaining().withLines(LineRef.compact(remaining)).withContinued(true);
            rest = cut.taken().withKind(linked.content().kind()).withLines(LineRef.compact(back))
                    .withContinued(others.isEmpty() ? linked.content().continued() : partThen.continued());
            rest = promoteHeadline(rest);
            if (headline != null) {
                // The repeated headline's line reads like the first part's headline, so the cut may have taken that:
                // the first part keeps its headline, the part gets its own back.
                if (blank(first.headline()) && !blank(linked.content().headline())) {
                    first = first.withHeadline(linked.content().headline());
                }
                rest = rest.withHeadline(headline);
            }
        }
        links.revive(partId, actor);
        List<Article> touched = store.applyInCallersTransaction(new StructureChange(List.of(
                new StructureChange.Edit(articleId, linked.revision(), first),
                new StructureChange.Edit(partId, part.revision(), rest)), List.of(), List.of(),
                Note.of("history.note.unlinked", link.partPageNumber(), partId)));
        links.markUnlinked(link.id(), actor);
        audit.record("article.unlink", "article:" + articleId, "part " + partId);
        return touched;
    }

    /** The lines of two contents together, by page. */
    private static Map<Long, SortedSet<Integer>> union(ArticleContent a, ArticleContent b) {
        Map<Long, SortedSet<Integer>> all = LineRef.numbers(a.lines());
        LineRef.numbers(b.lines()).forEach((page, numbers) -> all.computeIfAbsent(page, k -> new TreeSet<>()).addAll(numbers));
        return all;
    }

    /** A continuation whose repeated headline became a crosshead in the linked text gets it back as its headline. */
    private static ArticleContent promoteHeadline(ArticleContent c) {
        if (c.headline() != null && !c.headline().isBlank() || c.body().isEmpty()
                || !Paragraph.CROSSHEAD.equals(c.body().get(0).role())) {
            return c;
        }
        return c.withHeadline(c.body().get(0).text()).withBody(c.body().subList(1, c.body().size()));
    }
}
