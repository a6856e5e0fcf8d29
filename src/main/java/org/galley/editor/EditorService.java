package org.galley.editor;

import java.util.ArrayList;
import java.util.List;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.article.StructureChange;
import org.galley.common.Note;
import org.galley.common.UserFacingException;
import org.galley.editor.PageLayout.Leftover;
import org.galley.importing.Leftovers;
import org.galley.issue.IssueService;
import org.galley.issue.Page;
import org.galley.segment.Byline;
import org.galley.segment.Bylines;
import org.galley.segment.LineSpan;
import org.galley.segment.Proposal;
import org.galley.segment.ProposedArticle;
import org.galley.segment.Segmenter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The page editor's operations that are more than one store call: reading a page with its line roles,
 * assigning an orphan byline, making an article (or furniture) from raw lines, giving a paragraph another
 * role, moving a title or caption between articles. Each ends in one structure change of the store.
 */
@Service
public class EditorService {

    /** Fields a block of text can be moved into, or a paragraph can become. */
    public enum Field { KICKER, HEADLINE, SUBHEADLINE, DATELINE, CAPTION, BYLINE }

    private final IssueService issues;
    private final ArticleService articles;

    EditorService(IssueService issues, ArticleService articles) {
        this.issues = issues;
        this.articles = articles;
    }

    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional(readOnly = true)
    public PageLayout layout(long pageId) {
        Page page = issues.page(pageId).orElseThrow(() -> UserFacingException.notFound("article.error.noPage", pageId));
        List<String> lines = page.rawText().lines().toList();
        List<Article> onPage = articles.byPage(pageId);
        Leftovers leftovers = Leftovers.parse(page.leftoversJson());
        List<Leftover> furniture = new ArrayList<>();
        for (int i = 0; i < leftovers.furniture().size(); i++) {
            var f = leftovers.furniture().get(i);
            furniture.add(new Leftover(i, "furniture", f.text(), f.lines()));
        }
        List<Leftover> unassigned = new ArrayList<>();
        for (int i = 0; i < leftovers.unassigned().size(); i++) {
            var u = leftovers.unassigned().get(i);
            if (!covered(u.lines(), onPage)) {
                unassigned.add(new Leftover(i, u.role(), u.text(), u.lines()));
            }
        }
        return new PageLayout(page, lines, LineRoles.of(lines, onPage, furniture), onPage, unassigned, furniture);
    }

    /** Gives an orphan byline to an article: its names join the byline, its lines join the article's. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article assignLeftover(long articleId, int baseRevision, int leftoverIndex) {
        Article a = articles.get(articleId);
        Page page = issues.page(a.pageId()).orElseThrow();
        List<org.galley.segment.Unassigned> all = Leftovers.parse(page.leftoversJson()).unassigned();
        if (leftoverIndex < 0 || leftoverIndex >= all.size()) {
            throw UserFacingException.notFound("editor.error.noLeftover", leftoverIndex);
        }
        var leftover = all.get(leftoverIndex);
        Byline parsed = Bylines.parse(leftover.text());
        if (parsed.isEmpty()) {
            throw new UserFacingException("editor.error.notAByline", leftover.text());
        }
        ArticleContent c = a.content();
        ArticleContent updated = new ArticleContent(c.kind(), c.kicker(), c.headline(), c.subheadline(),
                union(c.byline(), parsed), c.dateline(), c.paragraphs(), c.caption(), c.continued(), union(c.lines(), leftover.lines()));
        return one(articles.applyStructure(new StructureChange(List.of(new StructureChange.Edit(articleId, baseRevision, updated)),
                List.of(), List.of(), Note.of("history.note.assignedByline", leftover.text().strip()))));
    }

    /**
     * A new article from raw lines {@code first..last} of the page, cleaned the way the segmenter cleans a
     * page; with kind "furniture" it marks the lines as page furniture (kept out of publication).
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article createFromLines(long pageId, int first, int last, String kind, Long afterArticleId) {
        Page page = issues.page(pageId).orElseThrow(() -> UserFacingException.notFound("article.error.noPage", pageId));
        List<String> lines = page.rawText().lines().toList();
        if (first < 1 || last < first || last > lines.size()) {
            throw new UserFacingException("editor.error.lineRange", lines.size());
        }
        String snippet = String.join("\n", lines.subList(first - 1, last));
        ArticleContent content = "furniture".equals(kind)
                ? new ArticleContent("furniture", null, null, null, Byline.empty(), null, List.of(snippet.strip().replaceAll("\\s*\\R\\s*", " ")),
                        null, false, List.of(new LineSpan(first, last)))
                : reflow(snippet, page.language(), kind, first, last);
        return one(articles.applyStructure(new StructureChange(List.of(),
                List.of(new StructureChange.NewArticle(pageId, afterArticleId, content)), List.of(),
                Note.of(("furniture".equals(kind) ? "history.note.markedFurniture" : "history.note.fromLines"), first, last))));
    }

    /**
     * Splits an article before paragraph {@code at}; the raw lines go with the part whose text they hold, so
     * both parts keep their provenance on the page (titles, byline and caption stay with the first part).
     */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> split(long articleId, int baseRevision, int at) {
        Article a = articles.get(articleId);
        ArticleContent c = a.content();
        if (at <= 0 || at >= c.paragraphs().size()) {
            throw new UserFacingException("article.error.splitPoint", c.paragraphs().size());
        }
        List<String> lines = issues.page(a.pageId()).orElseThrow().rawText().lines().toList();
        String firstText = LineRoles.squash(String.join("", c.paragraphs().subList(0, at)));
        String secondText = LineRoles.squash(String.join("", c.paragraphs().subList(at, c.paragraphs().size())));
        String dateline = LineRoles.squash(c.dateline());
        // Each body line goes where its text is; titles, bylines and blank lines go with the nearest body line.
        java.util.TreeMap<Integer, Boolean> decided = new java.util.TreeMap<>();
        List<Integer> undecided = new ArrayList<>();
        for (LineSpan span : c.lines()) {
            for (int n = Math.max(1, span.first()); n <= Math.min(lines.size(), span.last()); n++) {
                String line = LineRoles.squash(lines.get(n - 1));
                if (!dateline.isEmpty() && line.startsWith(dateline)) {
                    line = line.substring(dateline.length());
                }
                boolean inFirst = !line.isEmpty() && firstText.contains(line);
                boolean inSecond = !line.isEmpty() && secondText.contains(line);
                if (inFirst != inSecond) {
                    decided.put(n, inSecond);
                } else {
                    undecided.add(n);
                }
            }
        }
        // A span whose body lines all went one way goes there whole, titles and byline included: after a
        // merge, each span is what one of the merged articles had, and a split back restores it exactly.
        for (LineSpan span : c.lines()) {
            java.util.Set<Boolean> sides = new java.util.HashSet<>(decided.subMap(span.first(), true, span.last(), true).values());
            if (sides.size() == 1) {
                boolean side = sides.iterator().next();
                for (int n = span.first(); n <= span.last(); n++) {
                    if (undecided.remove(Integer.valueOf(n))) {
                        decided.put(n, side);
                    }
                }
            }
        }
        for (int n : undecided) {
            Integer below = decided.ceilingKey(n);
            Integer above = decided.floorKey(n);
            boolean second = below == null ? above != null && decided.get(above)
                    : above == null ? decided.get(below)
                    : (below - n < n - above ? decided.get(below) : decided.get(above));
            decided.put(n, second);
        }
        List<LineSpan> firstLines = new ArrayList<>();
        List<LineSpan> secondLines = new ArrayList<>();
        decided.forEach((n, second) -> add(second ? secondLines : firstLines, n));
        ArticleContent first = new ArticleContent(c.kind(), c.kicker(), c.headline(), c.subheadline(), c.byline(), c.dateline(),
                c.paragraphs().subList(0, at), c.caption(), false, firstLines);
        ArticleContent second = new ArticleContent(c.kind(), null, null, null, Byline.empty(), null,
                c.paragraphs().subList(at, c.paragraphs().size()), null, c.continued(), secondLines);
        return articles.applyStructure(new StructureChange(List.of(new StructureChange.Edit(articleId, baseRevision, first)),
                List.of(new StructureChange.NewArticle(a.pageId(), articleId, second)), List.of(),
                Note.of("history.note.split", at + 1)));
    }

    /** Adds line n to a list of spans, extending the last span when n follows it. */
    private static void add(List<LineSpan> spans, int n) {
        if (!spans.isEmpty() && spans.get(spans.size() - 1).last() == n - 1) {
            LineSpan last = spans.remove(spans.size() - 1);
            spans.add(new LineSpan(last.first(), n));
        } else {
            spans.add(new LineSpan(n, n));
        }
    }

    /** A paragraph becomes a title, dateline or caption (or back: a field's text becomes the first paragraph). */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public Article paragraphTo(long articleId, int baseRevision, int paragraphIndex, Field field) {
        ArticleContent c = articles.get(articleId).content();
        if (paragraphIndex < 0 || paragraphIndex >= c.paragraphs().size()) {
            throw new UserFacingException("article.error.paragraphs");
        }
        List<String> paragraphs = new ArrayList<>(c.paragraphs());
        String text = paragraphs.remove(paragraphIndex);
        String displaced = get(c, field);
        if (displaced != null && !displaced.isBlank()) {
            paragraphs.add(paragraphIndex, displaced);
        }
        ArticleContent updated = set(new ArticleContent(c.kind(), c.kicker(), c.headline(), c.subheadline(), c.byline(),
                c.dateline(), paragraphs, c.caption(), c.continued(), c.lines()), field, text);
        return one(articles.applyStructure(new StructureChange(List.of(new StructureChange.Edit(articleId, baseRevision, updated)),
                List.of(), List.of(), Note.of("history.note.paragraphBecame", paragraphIndex + 1, Note.term("field." + field.name().toLowerCase())))));
    }

    /** Moves a kicker, headline, subheadline, dateline, caption or byline from one article to another. */
    @PreAuthorize("hasRole('CORRECTOR')")
    @Transactional
    public List<Article> moveField(long fromId, int fromBase, long toId, int toBase, Field field) {
        if (field == Field.BYLINE) {
            return articles.moveByline(fromId, fromBase, toId, toBase);
        }
        ArticleContent from = articles.get(fromId).content();
        ArticleContent to = articles.get(toId).content();
        String value = get(from, field);
        if (value == null || value.isBlank()) {
            throw new UserFacingException("editor.error.emptyField");
        }
        String existing = get(to, field);
        String merged = existing == null || existing.isBlank() ? value : existing + (field == Field.CAPTION ? "\n" : " ") + value;
        return articles.applyStructure(new StructureChange(List.of(
                new StructureChange.Edit(fromId, fromBase, set(from, field, null)),
                new StructureChange.Edit(toId, toBase, set(to, field, merged))),
                List.of(), List.of(), Note.of("history.note.movedField", Note.term("field." + field.name().toLowerCase()), toId)));
    }

    static String get(ArticleContent c, Field f) {
        return switch (f) {
            case KICKER -> c.kicker();
            case HEADLINE -> c.headline();
            case SUBHEADLINE -> c.subheadline();
            case DATELINE -> c.dateline();
            case CAPTION -> c.caption();
            case BYLINE -> null;
        };
    }

    static ArticleContent set(ArticleContent c, Field f, String v) {
        return new ArticleContent(c.kind(), f == Field.KICKER ? v : c.kicker(), f == Field.HEADLINE ? v : c.headline(),
                f == Field.SUBHEADLINE ? v : c.subheadline(), c.byline(), f == Field.DATELINE ? v : c.dateline(),
                c.paragraphs(), f == Field.CAPTION ? v : c.caption(), c.continued(), c.lines());
    }

    /** Cleans the chosen lines with the segmenter; whatever it finds becomes one article. */
    static ArticleContent reflow(String snippet, String language, String kind, int first, int last) {
        Proposal p = Segmenter.segment(snippet, language);
        String headline = null;
        String kicker = null;
        String subheadline = null;
        String dateline = null;
        String caption = null;
        Byline byline = Byline.empty();
        List<String> paragraphs = new ArrayList<>();
        for (ProposedArticle a : p.articles()) {
            headline = headline == null ? a.headline() : headline;
            kicker = kicker == null ? a.kicker() : kicker;
            subheadline = subheadline == null ? a.subheadline() : subheadline;
            dateline = dateline == null ? a.dateline() : dateline;
            caption = caption == null ? a.caption() : caption;
            byline = union(byline, a.byline());
            paragraphs.addAll(a.paragraphs());
        }
        if (paragraphs.isEmpty() && headline == null && caption == null) {
            paragraphs.add(snippet.strip());
        }
        return new ArticleContent(kind == null || kind.isBlank() ? "news" : kind, kicker, headline, subheadline, byline,
                dateline, paragraphs, caption, false, List.of(new LineSpan(first, last)));
    }

    private static boolean covered(List<LineSpan> spans, List<Article> onPage) {
        for (LineSpan s : spans) {
            boolean found = onPage.stream().flatMap(a -> a.content().lines().stream())
                    .anyMatch(o -> o.first() <= s.first() && o.last() >= s.last());
            if (!found) {
                return false;
            }
        }
        return !spans.isEmpty();
    }

    private static Byline union(Byline a, Byline b) {
        return new Byline(unite(a.reporters(), b.reporters()), unite(a.correspondents(), b.correspondents()),
                unite(a.photographers(), b.photographers()));
    }

    private static List<String> unite(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }

    private static List<LineSpan> union(List<LineSpan> a, List<LineSpan> b) {
        List<LineSpan> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        out.sort((x, y) -> Integer.compare(x.first(), y.first()));
        return out;
    }

    private static Article one(List<Article> touched) {
        return touched.get(touched.size() - 1);
    }
}
