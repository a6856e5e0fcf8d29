package org.galley.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.article.LineOwner;
import org.galley.article.LineRef;
import org.galley.article.StructureChange;
import org.galley.common.Note;
import org.galley.article.structure.Line;
import org.galley.article.structure.RawPages;
import org.galley.article.structure.Structure;
import org.galley.common.UserFacingException;
import org.galley.editor.PageLayout.Leftover;
import org.galley.importing.Leftovers;
import org.galley.issue.IssueService;
import org.galley.issue.Page;
import org.galley.segment.LineSpan;
import org.galley.segment.Proposal;
import org.galley.segment.ProposedArticle;
import org.galley.segment.Segmenter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The page editor's operations: reading a page with its line owners and roles, and the structure operations
 * on raw lines (new article from lines, furniture, leftovers). The arithmetic is in
 * {@link org.galley.article.structure.Structure}; this class reads, computes, and hands one structure change
 * to the article store, which writes it and checks the page invariant.
 */
@Service
public class EditorService {

    /** Fields a block of text can be moved into, or a paragraph can become. */
    public enum Field {
        KICKER, HEADLINE, SUBHEADLINE, DATELINE, CAPTION, BYLINE;

        org.galley.article.structure.Field structure() {
            return org.galley.article.structure.Field.valueOf(name());
        }
    }

    private final IssueService issues;
    private final ArticleService articles;
    private final org.galley.article.ArticleLinks links;

    EditorService(IssueService issues, ArticleService articles, org.galley.article.ArticleLinks links) {
        this.issues = issues;
        this.articles = articles;
        this.links = links;
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public PageLayout layout(long pageId) {
        Page page = page(pageId);
        List<String> lines = page.rawText().lines().toList();
        List<LineOwner> owners = articles.owners(pageId);
        List<Article> onPage = new ArrayList<>(articles.byPage(pageId));
        // An article of another page of the issue may own lines here (merged across pages): it shows here too.
        Set<Long> shown = new java.util.HashSet<>(onPage.stream().map(Article::id).toList());
        owners.stream().filter(o -> o.articleId() != null && !shown.contains(o.articleId())).map(LineOwner::articleId)
                .distinct().forEach(id -> {
                    onPage.add(articles.get(id));
                    shown.add(id);
                });
        Blocks blocks = blocks(page, lines, owners);
        return new PageLayout(page, lines, LineRoles.of(pageId, lines, owners, onPage), onPage, blocks.leftovers, blocks.furniture);
    }

    /** Leftover and furniture blocks of a page: runs of lines with that owner, with the segmenter's role when it named one. */
    private record Blocks(List<Leftover> leftovers, List<Leftover> furniture) {
    }

    private static Blocks blocks(Page page, List<String> lines, List<LineOwner> owners) {
        Map<Integer, LineOwner.Kind> kinds = new TreeMap<>();
        owners.forEach(o -> kinds.put(o.line(), o.kind()));
        Leftovers stored = Leftovers.parse(page.leftoversJson());
        // The segmenter's own blocks first, where all their lines are still leftovers: they keep their role.
        Map<Integer, String> roleAt = new TreeMap<>();
        Map<Integer, Integer> blockEnd = new TreeMap<>();
        for (var u : stored.unassigned()) {
            Set<Integer> ls = numbers(u.lines(), lines);
            if (!ls.isEmpty() && ls.stream().allMatch(n -> kinds.get(n) == LineOwner.Kind.LEFTOVER)) {
                int first = ls.iterator().next();
                roleAt.put(first, u.role());
                blockEnd.put(first, ((TreeSet<Integer>) ls).last());
            }
        }
        List<Leftover> leftovers = new ArrayList<>();
        List<Leftover> furniture = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        LineOwner.Kind runKind = null;
        Integer end = null;
        for (int n = 1; n <= lines.size() + 1; n++) {
            LineOwner.Kind k = n <= lines.size() ? kinds.get(n) : null;
            boolean blank = n <= lines.size() && lines.get(n - 1).isBlank();
            boolean continues = k != null && k == runKind && (end == null || n <= end) && !roleAt.containsKey(n);
            if (!continues && !run.isEmpty()) {
                (runKind == LineOwner.Kind.FURNITURE ? furniture : leftovers).add(leftover(run, runKind, roleAt, lines));
                run = new ArrayList<>();
                runKind = null;
                end = null;
            }
            if (blank && !run.isEmpty() && end == null) {
                (runKind == LineOwner.Kind.FURNITURE ? furniture : leftovers).add(leftover(run, runKind, roleAt, lines));
                run = new ArrayList<>();
                runKind = null;
            }
            if (k == LineOwner.Kind.LEFTOVER || k == LineOwner.Kind.FURNITURE) {
                if (run.isEmpty()) {
                    runKind = k;
                    end = blockEnd.get(n);
                }
                run.add(n);
            }
        }
        return new Blocks(leftovers, furniture);
    }

    private static Leftover leftover(List<Integer> run, LineOwner.Kind kind, Map<Integer, String> roleAt, List<String> lines) {
        String role = kind == LineOwner.Kind.FURNITURE ? "furniture" : roleAt.getOrDefault(run.get(0), "block");
        StringBuilder text = new StringBuilder();
        for (int n : run) {
            text.append(lines.get(n - 1).strip()).append('\n');
        }
        List<LineSpan> spans = new ArrayList<>();
        for (LineRef r : LineRef.compact(0L, run)) {
            spans.add(new LineSpan(r.first(), r.last()));
        }
        // A leftover is named by its first line: stable while the page changes around it.
        return new Leftover(run.get(0), role, text.toString().strip(), spans);
    }

    private static Set<Integer> numbers(List<LineSpan> spans, List<String> lines) {
        TreeSet<Integer> out = new TreeSet<>();
        for (LineSpan s : spans) {
            for (int n = Math.max(1, s.first()); n <= Math.min(lines.size(), s.last()); n++) {
                if (!lines.get(n - 1).isBlank()) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /**
     * Gives a leftover (named by its first line, {@link Leftover#index()}) to an article: a byline's names join
     * the byline, a caption joins the caption, any other block becomes a new paragraph; its lines join the article's.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article assignLeftover(long articleId, int baseRevision, int leftoverFirstLine) {
        Article a = articles.get(articleId);
        Leftover leftover = leftoverAt(a.pageId(), leftoverFirstLine);
        return assign(a, baseRevision, a.pageId(), leftover, leftover.role());
    }

    /** The same, with the role the user picked ("byline", "caption" or "block"), whatever the segmenter thought. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article assignLeftoverAs(long articleId, int baseRevision, long pageId, int leftoverFirstLine, String role) {
        Article a = articles.get(articleId);
        return assign(a, baseRevision, pageId, leftoverAt(pageId, leftoverFirstLine), role);
    }

    private Article assign(Article a, int baseRevision, long pageId, Leftover leftover, String role) {
        List<Line> lines = new ArrayList<>();
        for (LineSpan s : leftover.lines()) {
            for (int n = s.first(); n <= s.last(); n++) {
                lines.add(new Line(pageId, n));
            }
        }
        ArticleContent updated = Structure.assign(a.content(), role, leftover.text(), lines);
        return one(articles.applyStructure(new StructureChange(List.of(new StructureChange.Edit(a.id(), baseRevision, updated)),
                List.of(), List.of(), Note.of("history.note.assigned", Note.term("editor.leftover." + leftoverKind(role)), leftover.index()))));
    }

    /** The translation suffix of a leftover's role: byline, caption, or block for anything else. */
    private static String leftoverKind(String role) {
        String r = role == null ? "" : role.toLowerCase(java.util.Locale.ROOT);
        return r.equals("byline") || r.equals("caption") ? r : "block";
    }

    private Leftover leftoverAt(long pageId, int firstLine) {
        return layout(pageId).unassigned().stream().filter(l -> l.index() == firstLine).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("editor.error.noLeftover", firstLine));
    }

    /**
     * A new article from raw lines {@code first..last} of the page. The lines, and the text that came from them,
     * leave the articles that had them; lines of the leftovers or furniture bring their raw text. With kind
     * "furniture" the lines become page furniture instead ({@link #markFurniture}).
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article createFromLines(long pageId, int first, int last, String kind, Long afterArticleId) {
        if ("furniture".equals(kind)) {
            markFurniture(pageId, first, last);
            return null;
        }
        Page page = page(pageId);
        List<String> raw = page.rawText().lines().toList();
        Selection sel = select(pageId, raw, first, last);
        RawPages pages = articles.rawPages();
        List<StructureChange.Edit> edits = new ArrayList<>();
        ArticleContent taken = ArticleContent.empty().withKind(kind == null || kind.isBlank() ? "news" : kind);
        for (Map.Entry<Long, List<Line>> e : sel.byArticle.entrySet()) {
            Article owner = articles.get(e.getKey());
            Structure.Cut cut = Structure.cut(owner.content(), e.getValue(), pages);
            edits.add(new StructureChange.Edit(owner.id(), owner.revision(), cut.remaining()));
            taken = Structure.merge(taken, cut.taken());
        }
        List<Line> loose = new ArrayList<>(sel.loose);
        if (!loose.isEmpty()) {
            String text = String.join("\n", loose.stream().map(pages::line).toList());
            ArticleContent fromRaw = sel.byArticle.isEmpty() ? reflow(text, page.language(), taken.kind()) : null;
            if (fromRaw == null) {
                fromRaw = ArticleContent.empty().withKind(taken.kind()).withParagraphs(List.of(Structure.joinLines(text)));
            }
            taken = Structure.merge(taken, fromRaw.withLines(Structure.compact(loose)));
        }
        List<Line> all = new ArrayList<>(sel.loose);
        sel.byArticle.values().forEach(all::addAll);
        taken = taken.withLines(Structure.compact(all));
        return one(articles.applyStructure(new StructureChange(edits,
                List.of(new StructureChange.NewArticle(pageId, afterArticleId, taken)), List.of(), Note.of("history.note.fromLines", first, last))));
    }

    /**
     * Marks lines {@code first..last} as page furniture (kept out of publication). Lines of the leftovers: anyone
     * may. Lines an article holds take their text out of publication, so only an editor may.
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public void markFurniture(long pageId, int first, int last) {
        List<String> raw = page(pageId).rawText().lines().toList();
        Selection sel = select(pageId, raw, first, last);
        if (!sel.byArticle.isEmpty() && !isEditor()) {
            throw new UserFacingException("editor.error.furnitureNeedsEditor");
        }
        RawPages pages = articles.rawPages();
        List<StructureChange.Edit> edits = new ArrayList<>();
        List<Line> all = new ArrayList<>(sel.loose);
        for (Map.Entry<Long, List<Line>> e : sel.byArticle.entrySet()) {
            Article owner = articles.get(e.getKey());
            edits.add(new StructureChange.Edit(owner.id(), owner.revision(), Structure.cut(owner.content(), e.getValue(), pages).remaining()));
            all.addAll(e.getValue());
        }
        articles.applyStructure(new StructureChange(edits, List.of(), List.of(), Structure.compact(all), List.of(),
                Note.of("history.note.markedFurniture", first, last)));
    }

    /** Furniture (the segmenter's or marked by hand), named by its first line, goes back to the leftovers. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public void unmarkFurniture(long pageId, int furnitureFirstLine) {
        Leftover f = layout(pageId).furniture().stream().filter(l -> l.index() == furnitureFirstLine).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("editor.error.noFurniture", furnitureFirstLine));
        List<LineRef> refs = f.lines().stream().map(s -> new LineRef(pageId, s.first(), s.last())).toList();
        articles.applyStructure(new StructureChange(List.of(), List.of(), List.of(), List.of(), refs,
                Note.of("history.note.unmarkedFurniture", f.lines().get(0).first(), f.lines().get(f.lines().size() - 1).last())));
    }

    /** The non-blank lines of a range, by owner: articles (by id) and the rest (leftovers, furniture). */
    private record Selection(Map<Long, List<Line>> byArticle, List<Line> loose) {
    }

    private Selection select(long pageId, List<String> raw, int first, int last) {
        if (first < 1 || last < first || last > raw.size()) {
            throw new UserFacingException("editor.error.lineRange", raw.size());
        }
        Map<Long, List<Line>> byArticle = new LinkedHashMap<>();
        List<Line> loose = new ArrayList<>();
        for (LineOwner o : articles.owners(pageId)) {
            if (o.line() < first || o.line() > last) {
                continue;
            }
            Line l = new Line(pageId, o.line());
            if (o.kind() == LineOwner.Kind.ARTICLE) {
                byArticle.computeIfAbsent(o.articleId(), a -> new ArrayList<>()).add(l);
            } else {
                loose.add(l);
            }
        }
        if (byArticle.isEmpty() && loose.isEmpty()) {
            throw new UserFacingException("editor.error.blankLines");
        }
        return new Selection(byArticle, loose);
    }

    /** Splits an article before paragraph {@code at}; each part takes the lines of what it holds (the titles go with the headline). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> split(long articleId, int baseRevision, int at) {
        return articles.split(articleId, baseRevision, at);
    }

    /** A paragraph becomes a title, dateline, caption or byline (a field's old text becomes a paragraph in its place). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article paragraphTo(long articleId, int baseRevision, int paragraphIndex, Field field) {
        ArticleContent updated = Structure.paragraphTo(articles.get(articleId).content(), paragraphIndex, field.structure());
        return one(articles.applyStructure(new StructureChange(List.of(new StructureChange.Edit(articleId, baseRevision, updated)),
                List.of(), List.of(), Note.of("history.note.paragraphBecame", paragraphIndex + 1, Note.term("field." + field.name().toLowerCase(java.util.Locale.ROOT))))));
    }

    /** A paragraph's role: body text, crosshead or quote. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article paragraphRole(long articleId, int baseRevision, int paragraphIndex, String role) {
        ArticleContent updated = Structure.paragraphRole(articles.get(articleId).content(), paragraphIndex, role);
        return one(articles.applyStructure(new StructureChange(List.of(new StructureChange.Edit(articleId, baseRevision, updated)),
                List.of(), List.of(), Note.of("history.note.paragraphRole", paragraphIndex + 1, role))));
    }

    /** Moves a kicker, headline, subheadline, dateline, caption or byline, with its lines, from one article to another. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> moveField(long fromId, int fromBase, long toId, int toBase, Field field) {
        return articles.moveField(fromId, fromBase, toId, toBase, field.structure());
    }

    // ---- continued articles (the logic is in org.galley.article.ArticleLinks) ----

    /** Links two articles on different pages as parts of one continued article. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article link(long articleId, int baseRevision, long otherId, int otherBase) {
        return links.link(articleId, baseRevision, otherId, otherBase);
    }

    /** Links the owner of a jump line with a candidate, each at its current revision (the jumps list's link). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article linkCurrent(long articleId, long otherId) {
        return links.link(articleId, articles.get(articleId).revision(), otherId, articles.get(otherId).revision());
    }

    /** Gives a linked part back to its page as an article of its own. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> unlink(long articleId, long partId) {
        return links.unlink(articleId, partId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<org.galley.article.ArticleLink> partsOf(long articleId) {
        return links.partsOf(articleId);
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<org.galley.article.UnlinkedJump> unlinkedJumps(long issueId) {
        return links.unlinkedJumps(issueId);
    }

    /** Articles of the issue owning a jump line no link joins, with its direction ("to" or "from"). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Map<Long, String> unlinkedJumpDirections(long issueId) {
        return links.unlinkedJumpDirections(issueId);
    }

    /** The issue's page ids by page number's owner: id to number. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public Map<Long, Integer> pageNumbers(long issueId) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        issues.pages(issueId).forEach(p -> out.put(p.id(), p.pageNumber()));
        return out;
    }

    /** The live articles of the issue, in page order (a link's other part may be on any page). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public List<Article> issueArticles(long issueId) {
        return articles.byIssue(issueId);
    }

    /**
     * Cleans the chosen lines with the segmenter; whatever it finds becomes one article. If the segmenter's
     * cleaning would drop characters (a byline's label, a line it takes for furniture), the lines become plain
     * paragraphs instead, so no text is lost.
     */
    static ArticleContent reflow(String snippet, String language, String kind) {
        Proposal p = Segmenter.segment(snippet, language);
        ArticleContent c = ArticleContent.empty().withKind(kind);
        for (ProposedArticle a : p.articles()) {
            ArticleContent next = ArticleContent.of(kind, a.kicker(), a.headline(), a.subheadline(),
                    org.galley.article.Byline.of(a.byline()), a.dateline(), a.paragraphs(), a.caption(), false, List.of());
            c = Structure.merge(c, next);
        }
        return chars(c).equals(chars(snippet)) ? c : null;
    }

    /** The characters of a text, whitespace removed, sorted: equal when no character was lost or added. */
    static String chars(String s) {
        int[] cps = s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '■').sorted().toArray();
        return new String(cps, 0, cps.length);
    }

    static String chars(ArticleContent c) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {c.kicker(), c.headline(), c.subheadline(), c.dateline(), c.caption()}) {
            if (s != null) {
                sb.append(s);
            }
        }
        c.paragraphs().forEach(sb::append);
        c.byline().people().forEach(sb::append);
        return chars(sb.toString());
    }

    private Page page(long pageId) {
        return issues.page(pageId).orElseThrow(() -> UserFacingException.notFound("article.error.noPage", pageId));
    }

    private static boolean isEditor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(g -> g.getAuthority().equals("ROLE_EDITOR") || g.getAuthority().equals("ROLE_ADMIN"));
    }

    private static Article one(List<Article> touched) {
        return touched.get(touched.size() - 1);
    }
}
