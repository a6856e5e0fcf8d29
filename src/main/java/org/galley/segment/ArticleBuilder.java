package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/** Turns drafts into proposed articles, and what cannot be attached with confidence into unassigned blocks. */
final class ArticleBuilder {
    /** Texts shorter than this without a headline are fragments, not articles. */
    private static final int MIN_UNTITLED_CHARS = 40;
    /** An advertisement is a short notice. */
    private static final int MAX_ADVERT_LINES = 12;
    /** A caption is one short paragraph. */
    private static final int MAX_CAPTION_CHARS = 300;

    private final boolean zh;
    private final LineJoiner joiner;
    private final ParagraphBuilder paragraphs;
    private final TitleBuilder titles;
    private final Spans spans;
    /** The page sets blank lines between blocks, as OCR of old English pages does ({@link PageShape}). */
    private final boolean blankSeparated;
    final List<ProposedArticle> articles = new ArrayList<>();
    final List<Unassigned> unassigned = new ArrayList<>();
    /** Drafts a page-level rule found to be advertisements (English runs of notices, {@link EnAdvertRun}). */
    java.util.Set<Draft> adverts = null;

    ArticleBuilder(boolean zh, boolean blankSeparated, Vocabulary vocabulary, Spans spans) {
        this.zh = zh;
        this.joiner = new LineJoiner(zh, vocabulary);
        this.paragraphs = new ParagraphBuilder(zh, blankSeparated, joiner);
        this.titles = new TitleBuilder(zh, joiner);
        this.spans = spans;
        this.blankSeparated = blankSeparated;
    }

    void add(Draft d) {
        Title title = d.title == null ? Title.NONE : title(d.title);
        ParsedByline byline = bylines(d);
        for (Unit c : d.credits) {
            unassigned.add(new Unassigned("credit", c.text(), spans.of(List.of(c))));
        }
        if (!d.hasBody()) {
            if (d.title != null && !byline.photographers.isEmpty()) {
                articles.add(article("photo", title, byline, null, List.of(), null, false, d, null));
                return;
            }
            if (d.title != null) {
                unassigned.add(new Unassigned("headline", d.title.text(), spans.of(List.of(d.title))));
            }
            for (Unit b : d.bylines) {
                if (!BylineReader.read(b).isEmpty() && !isOrphanListed(b)) {
                    unassigned.add(new Unassigned("byline", b.text(), spans.of(List.of(b))));
                }
            }
            return;
        }
        List<BodyLine> body = new ArrayList<>();
        String dateline = null;
        String carried = null;
        for (Unit u : d.bodies) {
            for (int i = 0; i < u.lines.size(); i++) {
                Line l = u.lines.get(i);
                String text = carried != null ? carried : l.text;
                boolean first = body.isEmpty() && carried == null && dateline == null;
                carried = null;
                if (first && zh && i + 1 < u.lines.size()
                        && (CjkDatelineRule.opensBrokenWire(text, u.lines.get(i + 1).text)
                        || CjkDatelineRule.opensBrokenByline(text, u.lines.get(i + 1).text))) {
                    // （南京十 ⏎ 日電）…, 本报讯（记者 孙 ⏎ 可）…: the dateline or its byline ends on the next line
                    Dateline dl = CjkDatelineRule.split(text + u.lines.get(i + 1).text);
                    dateline = dl.dateline();
                    carried = dl.rest();
                    if (dl.byline() != null) {
                        byline.addAll(dl.byline());
                    }
                    continue;
                }
                if (first && !d.section) { // a section's first brief keeps its place name as its siblings do
                    Dateline dl = zh ? CjkDatelineRule.split(text) : LatinDatelineRule.split(text);
                    if (dl != null) {
                        dateline = dl.dateline();
                        text = dl.rest();
                        if (dl.byline() != null) {
                            byline.addAll(dl.byline());
                        }
                    }
                }
                // a crosshead, a letter's address and its place and date under the signature are paragraphs of
                // their own
                body.add(new BodyLine(text, u.breakBefore.get(i) || (i == 0 && !body.isEmpty()), l.indent,
                        u.type == Unit.Type.TITLE || l.letterTail || l.letterAddress));
            }
        }
        List<String> inlineHeads = zh ? CjkInlineCrosshead.mark(body) : List.of();
        List<String> paras = paragraphs.build(body);
        if (zh && !paras.isEmpty()) {
            String lastPara = paras.get(paras.size() - 1);
            int sig = CjkBylineRule.trailingSignature(lastPara);
            if (sig > 0) {
                byline.addAll(CjkBylineRule.penName(lastPara.substring(sig)));
                paras = new ArrayList<>(paras);
                paras.set(paras.size() - 1, lastPara.substring(0, sig));
            }
        }
        List<String> roles = roles(d, paras, inlineHeads);
        Unit lastBody = d.bodies.get(d.bodies.size() - 1);
        String last = lastBody.last().text;
        // an older paper's item ends on 、 or on its signature, broken over two lines or not: finished, not continued
        String beforeLast = lastBody.lines.size() > 1 ? lastBody.lines.get(lastBody.lines.size() - 2).text : "";
        boolean continued = d.continuedOn != null
                || !(zh ? SentenceEnd.endsZhItem(beforeLast, last) : SentenceEnd.endsSentence(last, false));
        String kind = "news";
        String caption = null;
        if (isAdvert(d)) {
            kind = "advert";
            continued = false;
        } else if (isPhoto(byline, dateline, paras)) {
            kind = "photo";
            caption = String.join("\n", paras);
            paras = List.of();
            continued = false;
        } else if (d.title == null && byline.isEmpty() && dateline == null && d.continuedFrom.isEmpty()
                && chars(paras) < MIN_UNTITLED_CHARS) {
            unassigned.add(new Unassigned("text", String.join("\n", paras), spans.of(d.bodies)));
            return;
        } else if (!zh && d.title != null && byline.isEmpty() && dateline == null && d.continuedFrom.isEmpty()
                && d.continuedOn == null && blankSeparated && ColumnFragments.isDebris(chars(paras))) {
            unassigned.add(new Unassigned("headline", d.title.text(), spans.of(List.of(d.title))));
            unassigned.add(new Unassigned("text", String.join("\n", paras), spans.of(d.bodies)));
            return;
        }
        articles.add(article(kind, title, byline, dateline, paras, caption, continued, d, roles));
    }

    /**
     * With layout, a first block of the headline group set clearly smaller than a later one is the kicker: type size
     * says what the order alone cannot.
     */
    private Title title(Unit u) {
        List<List<String>> blocks = u.blocks();
        double[] sizes = LayoutRules.blockSizes(u);
        if (blocks.size() >= 2 && sizes[0] > 0) {
            double later = 0;
            for (int i = 1; i < sizes.length; i++) {
                later = Math.max(later, sizes[i]);
            }
            if (sizes[0] * LayoutRules.DECK_RATIO < later) {
                Title rest = titles.build(blocks.subList(1, blocks.size()));
                String kicker = CjkSpacing.clean(joiner.join(blocks.get(0)), zh, true);
                return new Title(kicker, rest.headline(), rest.subheadline());
            }
        }
        return titles.build(blocks);
    }

    /** Crossheads (headline units kept inside the text) are paragraphs of their own with role crosshead. */
    private List<String> roles(Draft d, List<String> paras, List<String> inlineHeads) {
        List<String> roles = new ArrayList<>(java.util.Collections.nCopies(paras.size(), ProposedArticle.TEXT));
        for (int k = 0; k < paras.size(); k++) {
            if (inlineHeads.contains(paras.get(k))) {
                roles.set(k, ProposedArticle.CROSSHEAD);
            }
        }
        int from = 0;
        for (Unit u : d.bodies) {
            if (u.type != Unit.Type.TITLE) {
                continue;
            }
            String head = CjkSpacing.clean(joiner.join(u.lines.stream().map(l -> l.text).toList()), zh, true);
            for (int k = from; k < paras.size(); k++) {
                if (paras.get(k).equals(head)) {
                    roles.set(k, ProposedArticle.CROSSHEAD);
                    from = k + 1;
                    break;
                }
            }
        }
        return roles;
    }

    private static List<Jump> jumps(Draft d) {
        List<Jump> out = new ArrayList<>();
        for (Unit u : d.continuedFrom) {
            out.add(jump(Jump.FROM, u.first()));
        }
        if (d.continuedOn != null) {
            out.add(jump(Jump.TO, d.continuedOn.first()));
        }
        return out;
    }

    private static Jump jump(String direction, Line l) {
        return new Jump(direction, l.jumpPage > 0 ? l.jumpPage : null, l.number);
    }

    private final List<Unit> orphans = new ArrayList<>();

    private boolean isOrphanListed(Unit u) {
        return orphans.contains(u);
    }

    /**
     * The bylines of one article. Two separate bylines both naming reporters compete for one article: neither is
     * attached (an editor decides); they are listed as unassigned.
     */
    private ParsedByline bylines(Draft d) {
        int withReporters = 0;
        for (Unit b : d.bylines) {
            if (!BylineReader.read(b).reporters.isEmpty()) {
                withReporters++;
            }
        }
        if (withReporters >= 2 || (!d.hasBody() && d.title == null)) {
            for (Unit b : d.bylines) {
                unassigned.add(new Unassigned("byline", b.text(), spans.of(List.of(b))));
                orphans.add(b);
            }
            return new ParsedByline();
        }
        return BylineReader.readAll(d.bylines);
    }

    private boolean isAdvert(Draft d) {
        if (adverts != null && adverts.contains(d)) {
            return true;
        }
        int lines = 0;
        boolean marked = false;
        for (Unit u : d.bodies) {
            lines += u.lines.size();
            marked |= u.endsAdvert();
        }
        if (marked && lines <= MAX_ADVERT_LINES) {
            return true;
        }
        if (zh || d.dateline() || !d.bylines.isEmpty() || adverts != null) {
            return false; // English drafts were all judged by EnAdvertRun, formulas included
        }
        List<String> text = new ArrayList<>();
        if (d.title != null) {
            d.title.lines.forEach(l -> text.add(l.text));
        }
        d.bodies.forEach(u -> u.lines.forEach(l -> text.add(l.text)));
        return EnAdvertRule.isAdvert(text);
    }

    /** Photographers only, no dateline, one short paragraph: a photo with its caption. */
    private static boolean isPhoto(ParsedByline b, String dateline, List<String> paras) {
        return !b.photographers.isEmpty() && b.reporters.isEmpty() && b.correspondents.isEmpty() && dateline == null
                && paras.size() <= 1 && chars(paras) <= MAX_CAPTION_CHARS;
    }

    private static int chars(List<String> paras) {
        int n = 0;
        for (String p : paras) {
            n += p.length();
        }
        return n;
    }

    private ProposedArticle article(String kind, Title t, ParsedByline b, String dateline, List<String> paras,
                                    String caption, boolean continued, Draft d, List<String> roles) {
        List<Unit> all = new ArrayList<>(d.continuedFrom);
        if (d.title != null) {
            all.add(d.title);
        }
        for (Unit u : d.bylines) {
            if (!orphans.contains(u)) {
                all.add(u);
            }
        }
        all.addAll(d.credits);
        all.addAll(d.bodies);
        if (d.continuedOn != null) {
            all.add(d.continuedOn);
        }
        return new ProposedArticle(kind, t.kicker(), t.headline(), t.subheadline(), b.toByline(), dateline, paras,
                caption, continued, spans.of(all), roles, jumps(d));
    }
}
