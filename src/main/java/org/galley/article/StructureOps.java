package org.galley.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.galley.common.UserFacingException;
import org.galley.segment.Byline;
import org.galley.segment.LineSpan;

/** The content arithmetic behind split, merge and move: pure functions, no storage. */
final class StructureOps {

    private StructureOps() {
    }

    /** Paragraphs before {@code at} stay; the rest start a new article with no title of its own yet. */
    static ArticleContent[] split(ArticleContent a, int at) {
        if (at <= 0 || at >= a.paragraphs().size()) {
            throw new UserFacingException("article.error.splitPoint", a.paragraphs().size());
        }
        // The first part now ends where the second begins, so it no longer continues elsewhere.
        ArticleContent first = withParagraphs(a, a.paragraphs().subList(0, at), false);
        ArticleContent second = new ArticleContent(a.kind(), null, null, null, Byline.empty(), null,
                a.paragraphs().subList(at, a.paragraphs().size()), null, a.continued(), List.of());
        // The caption belongs with the picture, which belongs with the headline: it stays with the first part.
        return new ArticleContent[] {first, second};
    }

    /**
     * The second article's text follows the first's and bylines unite. Titles come from the second article
     * only when the first has no headline (a headless fragment taking in its head); otherwise the first's
     * titles stand, and the second's stay readable in its history.
     */
    static ArticleContent merge(ArticleContent into, ArticleContent from) {
        List<String> paragraphs = new ArrayList<>(into.paragraphs());
        paragraphs.addAll(from.paragraphs());
        boolean headless = into.headline() == null || into.headline().isBlank();
        return new ArticleContent(into.kind(),
                headless ? firstNonBlank(into.kicker(), from.kicker()) : into.kicker(),
                firstNonBlank(into.headline(), from.headline()),
                headless ? firstNonBlank(into.subheadline(), from.subheadline()) : into.subheadline(),
                union(into.byline(), from.byline()),
                firstNonBlank(into.dateline(), from.dateline()),
                paragraphs,
                joinCaptions(into.caption(), from.caption()),
                from.continued(),
                spans(into.lines(), from.lines()));
    }

    /** Moves the paragraphs at the given indexes (0-based) from one article to the end of another. */
    static ArticleContent[] moveParagraphs(ArticleContent from, ArticleContent to, List<Integer> indexes) {
        Set<Integer> chosen = new LinkedHashSet<>(indexes);
        if (chosen.isEmpty() || chosen.stream().anyMatch(i -> i < 0 || i >= from.paragraphs().size())) {
            throw new UserFacingException("article.error.paragraphs");
        }
        List<String> kept = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < from.paragraphs().size(); i++) {
            (chosen.contains(i) ? moved : kept).add(from.paragraphs().get(i));
        }
        List<String> target = new ArrayList<>(to.paragraphs());
        target.addAll(moved);
        return new ArticleContent[] {withParagraphs(from, kept, from.continued()), withParagraphs(to, target, to.continued())};
    }

    /** The byline moves whole: the target gains its names, the source is left without. */
    static ArticleContent[] moveByline(ArticleContent from, ArticleContent to) {
        if (from.byline().isEmpty()) {
            throw new UserFacingException("article.error.noByline");
        }
        ArticleContent source = new ArticleContent(from.kind(), from.kicker(), from.headline(), from.subheadline(),
                Byline.empty(), from.dateline(), from.paragraphs(), from.caption(), from.continued(), from.lines());
        ArticleContent target = new ArticleContent(to.kind(), to.kicker(), to.headline(), to.subheadline(),
                union(to.byline(), from.byline()), to.dateline(), to.paragraphs(), to.caption(), to.continued(), to.lines());
        return new ArticleContent[] {source, target};
    }

    static ArticleContent withParagraphs(ArticleContent a, List<String> paragraphs, boolean continued) {
        return new ArticleContent(a.kind(), a.kicker(), a.headline(), a.subheadline(), a.byline(), a.dateline(),
                paragraphs, a.caption(), continued, a.lines());
    }

    static Byline union(Byline a, Byline b) {
        return new Byline(unite(a.reporters(), b.reporters()), unite(a.correspondents(), b.correspondents()),
                unite(a.photographers(), b.photographers()));
    }

    private static List<String> unite(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    static List<LineSpan> spans(List<LineSpan> a, List<LineSpan> b) {
        List<LineSpan> all = new ArrayList<>(a);
        for (LineSpan s : b) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        all.sort((x, y) -> Integer.compare(x.first(), y.first()));
        return all;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String joinCaptions(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "\n" + b;
    }
}
