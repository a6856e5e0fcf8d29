package org.galley.publishing.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.galley.article.ArticleContent;
import org.galley.article.LineRef;
import org.galley.common.text.XmlText;
import org.galley.layout.LineBox;
import org.galley.layout.WordBox;
import org.galley.publishing.export.WordAlignment.Box;
import org.galley.publishing.export.WordAlignment.LineKey;
import org.galley.publishing.export.WordAlignment.Placed;

/**
 * The published issue's corrected text laid back on its pages: per page, text blocks (a run of lines of one
 * article within one source block) whose lines hold the corrected words with boxes ({@link WordAlignment}).
 * Only lines of published articles are written: furniture, leftovers and excluded articles are not part of the
 * publication. Both the ALTO files and the METS (which points at the blocks) are written from this.
 */
final class AltoPages {

    record TextLine(LineKey key, Box box, List<Placed> words) {
    }

    record Block(String id, long articleId, Box box, List<TextLine> lines) {
    }

    record PageText(ExportPage page, String id, List<Block> blocks) {
    }

    final List<PageText> pages = new ArrayList<>();
    /** Per article id, the ids of its blocks with the page they are on, in reading order. */
    final Map<Long, List<Map.Entry<ExportPage, String>>> blocksOfArticle = new LinkedHashMap<>();

    AltoPages(ExportIssue issue, List<ExportPage> exportPages) {
        Map<Long, ExportPage> byId = new HashMap<>();
        exportPages.forEach(p -> byId.put(p.pageId(), p));
        Map<LineKey, Long> owner = new HashMap<>();
        Map<LineKey, List<Placed>> placed = new HashMap<>();
        Map<LineKey, WordAlignment.Line> lineOf = new HashMap<>();
        for (ExportArticle a : issue.articles()) {
            List<WordAlignment.Line> lines = lines(a.content(), byId);
            lines.forEach(l -> {
                owner.put(l.key(), a.articleId());
                lineOf.put(l.key(), l);
            });
            if (lines.isEmpty()) {
                continue;
            }
            List<String> original = lines.stream().flatMap(l -> l.words().stream()).map(WordAlignment.Word::text).toList();
            for (Placed p : WordAlignment.align(lines, corrected(a.content(), original))) {
                placed.computeIfAbsent(p.line(), k -> new ArrayList<>()).add(p);
            }
        }
        List<ExportPage> ordered = exportPages.stream().sorted(Comparator.comparingInt(ExportPage::pageNumber)).toList();
        for (ExportPage page : ordered) {
            String pageId = "P" + page.pageNumber();
            List<Block> blocks = new ArrayList<>();
            Map<Integer, LineBox> boxes = new HashMap<>();
            if (page.geometry() != null) {
                page.geometry().lines().forEach(b -> boxes.put(b.line(), b));
            }
            Long currentArticle = null;
            String currentSource = null;
            List<TextLine> run = new ArrayList<>();
            for (int n = 1; n <= page.lines().size(); n++) {
                LineKey key = new LineKey(page.pageId(), n);
                Long a = owner.get(key);
                List<Placed> words = placed.getOrDefault(key, List.of());
                if (a == null || words.isEmpty()) {
                    continue;
                }
                String source = boxes.containsKey(n) ? boxes.get(n).blockId() : null;
                if (!run.isEmpty() && (!a.equals(currentArticle) || !Objects.equals(source, currentSource))) {
                    blocks.add(block(pageId, blocks.size() + 1, currentArticle, run));
                    run = new ArrayList<>();
                }
                currentArticle = a;
                currentSource = source;
                run.add(new TextLine(key, lineOf.get(key).box(), words));
            }
            if (!run.isEmpty()) {
                blocks.add(block(pageId, blocks.size() + 1, currentArticle, run));
            }
            pages.add(new PageText(page, pageId, blocks));
            for (Block b : blocks) {
                blocksOfArticle.computeIfAbsent(b.articleId(), k -> new ArrayList<>()).add(Map.entry(page, b.id()));
            }
        }
    }

    private static Block block(String pageId, int n, long articleId, List<TextLine> lines) {
        return new Block(pageId + "_TB" + n, articleId, Box.union(lines.stream().map(TextLine::box).toList()), List.copyOf(lines));
    }

    /** The article's non-blank raw lines on exported pages, in page and line order, with their original words. */
    static List<WordAlignment.Line> lines(ArticleContent c, Map<Long, ExportPage> pages) {
        List<WordAlignment.Line> out = new ArrayList<>();
        List<LineRef> refs = c.lines().stream().filter(r -> pages.containsKey(r.pageId()))
                .sorted(Comparator.comparingInt((LineRef r) -> pages.get(r.pageId()).pageNumber()).thenComparingInt(LineRef::first))
                .toList();
        for (LineRef r : refs) {
            ExportPage page = pages.get(r.pageId());
            Map<Integer, LineBox> boxes = new HashMap<>();
            if (page.geometry() != null) {
                page.geometry().lines().forEach(b -> boxes.put(b.line(), b));
            }
            for (int n = Math.max(1, r.first()); n <= Math.min(r.last(), page.lines().size()); n++) {
                String text = XmlText.strip(page.lines().get(n - 1));
                if (text.isBlank()) {
                    continue;
                }
                LineBox lb = boxes.get(n);
                Box box = lb == null ? null : scaled(page, lb.x(), lb.y(), lb.width(), lb.height());
                List<WordAlignment.Word> source = new ArrayList<>();
                if (lb != null) {
                    for (WordBox w : lb.words()) {
                        source.add(new WordAlignment.Word(XmlText.strip(w.text()), scaled(page, w.x(), w.y(), w.width(), w.height())));
                    }
                }
                out.add(new WordAlignment.Line(new LineKey(page.pageId(), n), box, WordAlignment.words(text, box, source)));
            }
        }
        return out;
    }

    /** ALTO knows pixel, mm10 and inch1200: PDF points become inch1200 (1 pt = 1/72 inch). */
    static double factor(ExportPage page) {
        return page.geometry() != null && "pt".equals(page.geometry().unit()) ? 1200.0 / 72 : 1;
    }

    static String unit(ExportPage page) {
        if (page.geometry() == null) {
            return "pixel";
        }
        return "pt".equals(page.geometry().unit()) ? "inch1200" : page.geometry().unit();
    }

    private static Box scaled(ExportPage page, double x, double y, double w, double h) {
        double f = factor(page);
        return new Box(x * f, y * f, w * f, h * f);
    }

    /**
     * The corrected words of an article, its fields in the order they were printed: each field is placed where
     * its first words occur among the original words (a byline printed under the text, a dateline run into the
     * first paragraph), so the word difference pairs them with their own lines rather than with the headline's.
     */
    static List<String> corrected(ArticleContent c, List<String> original) {
        List<String> fields = new ArrayList<>();
        add(fields, c.kicker());
        add(fields, c.headline());
        add(fields, c.subheadline());
        add(fields, String.join(" ", Texts.people(c.byline())));
        add(fields, c.dateline());
        c.paragraphs().forEach(p -> add(fields, p));
        add(fields, c.caption());
        record Anchored(int anchor, int order, List<String> tokens) {
        }
        List<Anchored> anchored = new ArrayList<>();
        int previous = 0;
        List<Map<List<String>, Integer>> firsts = firstOccurrences(original);
        for (int k = 0; k < fields.size(); k++) {
            List<String> tokens = WordAlignment.tokens(XmlText.strip(fields.get(k)));
            int at = anchor(tokens, firsts, previous);
            anchored.add(new Anchored(at, k, tokens));
            previous = at;
        }
        anchored.sort(Comparator.comparingInt(Anchored::anchor).thenComparingInt(Anchored::order));
        return anchored.stream().flatMap(a -> a.tokens().stream()).toList();
    }

    private static void add(List<String> fields, String s) {
        if (s != null && !s.isBlank()) {
            fields.add(s);
        }
    }

    /**
     * Where each run of one, two and three original words first occurs: anchoring a field is then a lookup, not a
     * scan of the article (fields times words, for a long article in the publish transaction).
     */
    private static List<Map<List<String>, Integer>> firstOccurrences(List<String> original) {
        List<Map<List<String>, Integer>> firsts = new ArrayList<>();
        for (int len = 1; len <= 3; len++) {
            Map<List<String>, Integer> first = new HashMap<>();
            for (int i = 0; i + len <= original.size(); i++) {
                first.putIfAbsent(List.copyOf(original.subList(i, i + len)), i);
            }
            firsts.add(first);
        }
        return firsts;
    }

    /** Where a field's first three words (or fewer) first occur in the original; the previous field's place if nowhere. */
    private static int anchor(List<String> tokens, List<Map<List<String>, Integer>> firsts, int fallback) {
        int n = Math.min(3, tokens.size());
        // A single common word ("the") would anchor anywhere: two words at least when the field has them.
        for (int len = n; len >= Math.min(n, 2); len--) {
            if (len == 0) {
                return 0;
            }
            Integer at = firsts.get(len - 1).get(tokens.subList(0, len));
            if (at != null) {
                return at;
            }
        }
        return fallback;
    }
}
