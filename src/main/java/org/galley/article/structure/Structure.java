package org.galley.article.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.article.LineRef;
import org.galley.article.Paragraph;
import org.galley.article.structure.Attribution.Hit;
import org.galley.article.structure.Attribution.Part;
import org.galley.common.UserFacingException;
import org.galley.segment.Bylines;

/**
 * The arithmetic of every structure operation: pure functions from article contents (with the raw lines they
 * came from) to new contents. The rule they all keep: text and the raw lines it came from move together, and
 * no operation drops or copies text. Storage, locking and the page invariant are the services' business.
 */
public final class Structure {

    private Structure() {
    }

    /** Two contents: the article operated on (or the source) first, the new or target article second. */
    public record Pair(ArticleContent first, ArticleContent second) {
    }

    /** Paragraphs before {@code at} stay with the titles, byline, dateline and caption; the rest start a new article. */
    public static Pair split(ArticleContent a, int at, RawPages pages) {
        if (at <= 0 || at >= a.body().size()) {
            throw new UserFacingException("article.error.splitPoint", a.body().size());
        }
        Attribution attribution = Attribution.of(a, pages);
        // Byline lines go with the text around them (after a merge, the second article's byline sits by its
        // text), and the names on them go along, unless a byline line that stays names them too.
        Map<Line, Boolean> side = sides(attribution, p -> p.field() == Field.BYLINE ? null : p.isBody() && p.paragraph() >= at, false,
                p -> p.field() == Field.BYLINE);
        Set<String> staying = new java.util.HashSet<>();
        Set<String> leaving = new java.util.LinkedHashSet<>();
        side.forEach((line, second) -> {
            if (attribution.partOf(line) != null && attribution.partOf(line).field() == Field.BYLINE) {
                (second ? leaving : staying).addAll(Attribution.bylineNames(pages.line(line)));
            }
        });
        leaving.removeAll(staying);
        List<String> moving = a.byline().people().stream().filter(leaving::contains).toList();
        ArticleContent first = a.withBody(a.body().subList(0, at)).withContinued(false).withLines(refs(side, false))
                .withByline(without(a.byline(), moving));
        ArticleContent second = a.withoutTitles().withKind(a.kind()).withBody(a.body().subList(at, a.body().size()))
                .withContinued(a.continued()).withLines(refs(side, true)).withByline(only(a.byline(), moving));
        return new Pair(first, second);
    }

    /**
     * The second article's text follows the first's, bylines and lines unite. A title the first already has
     * does not replace it: the second's becomes a crosshead opening its part of the text, so nothing is lost.
     */
    public static ArticleContent merge(ArticleContent into, ArticleContent from) {
        List<Paragraph> added = new ArrayList<>();
        ArticleContent merged = into;
        // A headless first article takes the second's titles; otherwise they all become crossheads, so a split at
        // the same place gives them back to the second part.
        boolean headless = !present(into.headline());
        for (Field f : List.of(Field.KICKER, Field.HEADLINE, Field.SUBHEADLINE)) {
            String theirs = f.get(from);
            if (present(theirs)) {
                if (!headless || present(f.get(merged))) {
                    added.add(new Paragraph(theirs, Paragraph.CROSSHEAD));
                } else {
                    merged = f.set(merged, theirs);
                }
            }
        }
        List<Paragraph> fromBody = new ArrayList<>(from.body());
        if (present(from.dateline())) {
            if (present(merged.dateline())) {
                // The second's dateline opens its first paragraph, as it did on the page.
                if (fromBody.isEmpty()) {
                    fromBody.add(Paragraph.body(from.dateline()));
                } else {
                    fromBody.set(0, fromBody.get(0).withText(from.dateline() + " " + fromBody.get(0).text()));
                }
            } else {
                merged = merged.withDateline(from.dateline());
            }
        }
        added.addAll(fromBody);
        List<Paragraph> body = new ArrayList<>(into.body());
        body.addAll(added);
        List<LineRef> lines = new ArrayList<>(into.lines());
        lines.addAll(from.lines());
        return merged.withBody(body).withByline(into.byline().union(from.byline()))
                .withCaption(join(into.caption(), from.caption(), "\n")).withContinued(from.continued())
                .withLines(LineRef.compact(LineRef.numbers(lines)));
    }

    /** Moves the paragraphs at the given indexes (0-based), and the lines they came from, to the end of another article. */
    public static Pair moveParagraphs(ArticleContent from, ArticleContent to, Collection<Integer> indexes, RawPages pages) {
        Set<Integer> chosen = new LinkedHashSet<>(indexes);
        if (chosen.isEmpty() || chosen.stream().anyMatch(i -> i == null || i < 0 || i >= from.body().size())) {
            throw new UserFacingException("article.error.paragraphs");
        }
        List<Paragraph> kept = new ArrayList<>();
        List<Paragraph> moved = new ArrayList<>();
        for (int i = 0; i < from.body().size(); i++) {
            (chosen.contains(i) ? moved : kept).add(from.body().get(i));
        }
        Map<Line, Boolean> side = sides(Attribution.of(from, pages), p -> p.isBody() && chosen.contains(p.paragraph()), false);
        List<Paragraph> target = new ArrayList<>(to.body());
        target.addAll(moved);
        return new Pair(from.withBody(kept).withLines(refs(side, false)),
                to.withBody(target).withLines(union(to.lines(), refs(side, true))));
    }

    /** Moves a title, the dateline, the caption or the byline, with its lines, to another article. */
    public static Pair moveField(ArticleContent from, ArticleContent to, Field field, RawPages pages) {
        Map<Line, Boolean> side = sides(Attribution.of(from, pages), p -> p.field() == field, false);
        ArticleContent source;
        ArticleContent target;
        if (field == Field.BYLINE) {
            if (from.byline().isEmpty()) {
                throw new UserFacingException("article.error.noByline");
            }
            source = from.withByline(Byline.empty());
            target = to.withByline(to.byline().union(from.byline()));
        } else {
            String value = field.get(from);
            if (!present(value)) {
                throw new UserFacingException("editor.error.emptyField");
            }
            source = field.set(from, null);
            target = field.set(to, join(field.get(to), value, field == Field.CAPTION ? "\n" : " "));
        }
        return new Pair(source.withLines(refs(side, false)), target.withLines(union(to.lines(), refs(side, true))));
    }

    /** A paragraph becomes a title, the dateline, the caption or the byline; the field's old text takes its place. */
    public static ArticleContent paragraphTo(ArticleContent c, int index, Field field) {
        if (index < 0 || index >= c.body().size()) {
            throw new UserFacingException("article.error.paragraphs");
        }
        List<Paragraph> body = new ArrayList<>(c.body());
        String text = body.remove(index).text();
        if (field == Field.BYLINE) {
            Byline names = Byline.of(Bylines.parse(text));
            if (names.isEmpty()) {
                throw new UserFacingException("editor.error.notAByline", text);
            }
            return c.withBody(body).withByline(c.byline().union(names));
        }
        String displaced = field.get(c);
        if (present(displaced)) {
            body.add(index, Paragraph.body(displaced));
        }
        return field.set(c.withBody(body), text);
    }

    /** A paragraph's role changes (body, crosshead, ...); its text and lines stay. */
    public static ArticleContent paragraphRole(ArticleContent c, int index, String role) {
        if (index < 0 || index >= c.body().size() || role == null || !Paragraph.ROLES.contains(role)) {
            throw new UserFacingException("article.error.paragraphs");
        }
        List<Paragraph> body = new ArrayList<>(c.body());
        body.set(index, new Paragraph(body.get(index).text(), role));
        return c.withBody(body);
    }

    /** What cutting lines out of an article leaves, and the text it took, part by part in reading order. */
    public record Cut(ArticleContent remaining, ArticleContent taken) {
    }

    /**
     * Takes the given lines and the text that came from them out of an article. Text is found by the line's
     * characters; what the line holds goes whole (a title piece stays a title, a paragraph piece a paragraph).
     */
    public static Cut cut(ArticleContent c, Collection<Line> lines, RawPages pages) {
        Attribution a = Attribution.of(c, pages);
        Set<Line> chosen = new TreeSet<>(lines);
        Map<Part, List<int[]>> ranges = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<Line, List<Hit>> e : a.hits.entrySet()) {
            if (!chosen.contains(e.getKey())) {
                continue;
            }
            for (Hit h : e.getValue()) {
                if (h.part().field() == Field.BYLINE) {
                    for (String n : Attribution.bylineNames(pages.line(e.getKey()))) {
                        if (c.byline().people().contains(n) && !names.contains(n)) {
                            names.add(n);
                        }
                    }
                } else {
                    ranges.computeIfAbsent(h.part(), p -> new ArrayList<>()).add(new int[] {h.from(), h.to()});
                }
            }
        }
        ArticleContent remaining = c;
        ArticleContent taken = ArticleContent.empty().withKind(c.kind());
        List<Paragraph> body = new ArrayList<>(c.body());
        List<Paragraph> takenBody = new ArrayList<>();
        for (Map.Entry<Part, List<int[]>> e : ranges.entrySet()) {
            Part part = e.getKey();
            Squashed s = part.isBody() ? a.paragraphs.get(part.paragraph()) : a.fields.get(part.field());
            String original = part.isBody() ? c.body().get(part.paragraph()).text() : part.field().get(c);
            String[] split = remove(original, s, e.getValue());
            if (part.isBody()) {
                Paragraph p = body.get(part.paragraph());
                body.set(part.paragraph(), p.withText(split[0]));
                takenBody.add(p.withText(split[1]));
            } else {
                remaining = part.field().set(remaining, blankToNull(split[0]));
                taken = part.field().set(taken, join(part.field().get(taken), split[1], " "));
            }
        }
        remaining = remaining.withBody(body.stream().filter(p -> !p.text().isBlank()).toList());
        if (!names.isEmpty()) {
            remaining = remaining.withByline(without(c.byline(), names));
            taken = taken.withByline(only(c.byline(), names));
        }
        Set<Line> rest = new TreeSet<>(Attribution.lines(c, pages));
        rest.removeAll(chosen);
        return new Cut(remaining.withLines(compact(rest)),
                taken.withBody(takenBody.stream().filter(p -> !p.text().isBlank()).toList())
                        .withLines(compact(a.hits.keySet().stream().filter(chosen::contains).toList())));
    }

    /** Adds a leftover the page holds to an article: a byline's names to its byline, a caption to its caption, a block as a paragraph. */
    public static ArticleContent assign(ArticleContent c, String role, String rawText, Collection<Line> lines) {
        String text = joinLines(rawText);
        ArticleContent updated = switch (role == null ? "block" : role) {
            case "byline" -> {
                Byline names = Byline.of(Bylines.parse(rawText));
                if (names.isEmpty()) {
                    throw new UserFacingException("editor.error.notAByline", rawText.strip());
                }
                yield c.withByline(c.byline().union(names));
            }
            case "caption" -> c.withCaption(join(c.caption(), text, "\n"));
            default -> {
                List<Paragraph> body = new ArrayList<>(c.body());
                body.add(Paragraph.body(text));
                yield c.withBody(body);
            }
        };
        Map<Long, Set<Integer>> all = new TreeMap<>(LineRef.numbers(c.lines()));
        for (Line l : lines) {
            all.computeIfAbsent(l.pageId(), p -> new TreeSet<>()).add(l.number());
        }
        return updated.withLines(LineRef.compact(all));
    }

    /** Raw lines as one text: lines joined, with a space only between two Latin words. */
    public static String joinLines(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String line : raw.strip().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && latin(sb.charAt(sb.length() - 1)) && latin(l.charAt(0))) {
                sb.append(' ');
            }
            sb.append(l);
        }
        return sb.toString();
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c);
    }

    // ---- helpers ----

    /** Removes squashed ranges from the original text: [what remains, what was taken]. */
    private static String[] remove(String original, Squashed s, List<int[]> squashedRanges) {
        List<int[]> merged = new ArrayList<>();
        squashedRanges.stream().sorted((x, y) -> Integer.compare(x[0], y[0])).forEach(r -> {
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] >= r[0]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        });
        StringBuilder kept = new StringBuilder();
        StringBuilder taken = new StringBuilder();
        int pos = 0;
        for (int[] r : merged) {
            if (r[0] >= r[1]) {
                continue;
            }
            int[] o = s.originalRange(r[0], r[1]);
            kept.append(original, pos, o[0]);
            if (!taken.isEmpty()) {
                taken.append(' ');
            }
            taken.append(original, o[0], o[1]);
            pos = o[1];
        }
        kept.append(original.substring(pos));
        return new String[] {tidy(kept.toString()), tidy(taken.toString())};
    }

    private static String tidy(String s) {
        return s.replaceAll("[ \\t]{2,}", " ").strip();
    }

    /**
     * Labels every line: a resolved line by the rule, an unresolved one (jump line, decoration) like its nearest
     * resolved neighbour on the same page (the one above on a tie), or {@code otherwise} when it has none.
     */
    static Map<Line, Boolean> sides(Attribution a, java.util.function.Function<Part, Boolean> moves, boolean otherwise) {
        return sides(a, moves, otherwise, p -> false);
    }

    /**
     * The same; an undecided line whose part matches {@code headsBelow} goes with the text below it when there is
     * some on its page (a byline heads the text it credits), other undecided lines with the nearest text.
     */
    static Map<Line, Boolean> sides(Attribution a, java.util.function.Function<Part, Boolean> moves, boolean otherwise,
                                    java.util.function.Predicate<Part> headsBelow) {
        TreeMap<Line, Boolean> decided = new TreeMap<>();
        List<Line> open = new ArrayList<>();
        for (Line l : a.hits.keySet()) {
            Part p = a.partOf(l);
            Boolean side = p == null ? null : moves.apply(p);
            if (side == null) {
                open.add(l);
            } else {
                decided.put(l, side);
            }
        }
        Map<Line, Boolean> out = new HashMap<>(decided);
        for (Line l : open) {
            Map.Entry<Line, Boolean> above = decided.lowerEntry(l);
            Map.Entry<Line, Boolean> below = decided.higherEntry(l);
            above = above != null && above.getKey().pageId() == l.pageId() ? above : null;
            below = below != null && below.getKey().pageId() == l.pageId() ? below : null;
            Boolean side;
            if (above == null && below == null) {
                side = otherwise;
            } else if (above == null) {
                side = below.getValue();
            } else if (below == null) {
                side = above.getValue();
            } else if (a.partOf(l) != null && headsBelow.test(a.partOf(l))) {
                side = below.getValue();
            } else {
                side = below.getKey().number() - l.number() < l.number() - above.getKey().number() ? below.getValue() : above.getValue();
            }
            out.put(l, side);
        }
        return out;
    }

    private static List<LineRef> refs(Map<Line, Boolean> side, boolean which) {
        return compact(side.entrySet().stream().filter(e -> e.getValue() == which).map(Map.Entry::getKey).toList());
    }

    public static List<LineRef> compact(Collection<Line> lines) {
        Map<Long, Set<Integer>> byPage = new TreeMap<>();
        for (Line l : lines) {
            byPage.computeIfAbsent(l.pageId(), p -> new TreeSet<>()).add(l.number());
        }
        return LineRef.compact(byPage);
    }

    private static List<LineRef> union(List<LineRef> a, List<LineRef> b) {
        List<LineRef> all = new ArrayList<>(a);
        all.addAll(b);
        return LineRef.compact(LineRef.numbers(all));
    }

    private static Byline without(Byline b, List<String> names) {
        return new Byline(b.reporters().stream().filter(n -> !names.contains(n)).toList(),
                b.correspondents().stream().filter(n -> !names.contains(n)).toList(),
                b.photographers().stream().filter(n -> !names.contains(n)).toList());
    }

    private static Byline only(Byline b, List<String> names) {
        return new Byline(b.reporters().stream().filter(names::contains).toList(),
                b.correspondents().stream().filter(names::contains).toList(),
                b.photographers().stream().filter(names::contains).toList());
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return present(s) ? s : null;
    }

    private static String join(String a, String b, String sep) {
        if (!present(a)) {
            return blankToNull(b);
        }
        return present(b) ? a + sep + b : a;
    }
}
