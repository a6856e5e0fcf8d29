package org.galley.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Converts the hand-segmented Topaz Times issue (iArchives export: word boxes per page, articles as clippings of
 * word boxes) into what Galley measures with: one ALTO 4.4 file per page and one truth file per page in the schema of
 * {@code ../shared/eval/README.md}.
 *
 * <p>iArchives lists OCR alternatives side by side ({@code real} and {@code R}, {@code a}, {@code I} over the same
 * place): a word is kept unless most of its box lies inside a longer word already kept. The words' order in the
 * export ({@code o/@p}, the OCR's reading order) is kept; lines break where the next word goes back left or leaves
 * the line's height, blocks where the next line is beside the one above, above it, or more than a line below it.
 * ALTO carries each line's type size as a text style: the 75th percentile of its words' heights, in pixels (the
 * export has no font sizes, and lower-case words are shorter than capitals).
 */
final class TopazTimes {
    static final String NS = "http://www.iarchives.com/schema/2002/export";

    record Word(String text, int l, int t, int r, int b, int p) {
        int area() {
            return Math.max(1, (r - l) * (b - t));
        }

        int height() {
            return b - t;
        }
    }

    record TextLine(List<Word> words) {
        int l() {
            return words.stream().mapToInt(Word::l).min().orElse(0);
        }

        int t() {
            return words.stream().mapToInt(Word::t).min().orElse(0);
        }

        int r() {
            return words.stream().mapToInt(Word::r).max().orElse(0);
        }

        int b() {
            return words.stream().mapToInt(Word::b).max().orElse(0);
        }

        String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }

        /** 75th percentile of the words' heights: capitals and ascenders, not x-height. */
        int size() {
            int[] h = words.stream().mapToInt(Word::height).sorted().toArray();
            return h[Math.min(h.length - 1, h.length * 3 / 4)];
        }
    }

    record Block(List<TextLine> lines) {
    }

    /** One article's part on one page. */
    record TruthArticle(String headline, String subheadline, List<String> paragraphs) {
    }

    private TopazTimes() {
    }

    static Document parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The word nodes ({@code n}) under {@code root}, alternatives included, in export order. */
    static List<Word> words(Element root) {
        List<Word> out = new ArrayList<>();
        NodeList ns = root.getElementsByTagNameNS(NS, "n");
        for (int i = 0; i < ns.getLength(); i++) {
            Element n = (Element) ns.item(i);
            Element r = first(n, "r");
            Element o = first(n, "o");
            if (r == null || o == null || o.getTextContent().isBlank()) {
                continue;
            }
            out.add(new Word(o.getTextContent().trim(), num(r, "l"), num(r, "t"), num(r, "r"), num(r, "b"),
                    o.hasAttribute("p") ? num(o, "p") : i));
        }
        return out;
    }

    /** Drops OCR alternatives: a word mostly inside a longer (or larger) word already kept. */
    static List<Word> dedupe(List<Word> words) {
        List<Word> bySize = new ArrayList<>(words);
        bySize.sort(Comparator.comparingInt((Word w) -> -w.text().length()).thenComparingInt(w -> -w.area()));
        List<Word> kept = new ArrayList<>();
        for (Word w : bySize) {
            boolean alternative = false;
            for (Word k : kept) {
                if (overlap(w, k) * 2 > w.area()) {
                    alternative = true;
                    break;
                }
            }
            if (!alternative) {
                kept.add(w);
            }
        }
        kept.sort(Comparator.comparingInt(Word::p));
        return kept;
    }

    private static int overlap(Word a, Word b) {
        int w = Math.min(a.r(), b.r()) - Math.max(a.l(), b.l());
        int h = Math.min(a.b(), b.b()) - Math.max(a.t(), b.t());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    /** Words in reading order to lines and blocks. */
    static List<Block> layout(List<Word> words) {
        List<TextLine> lines = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        for (Word w : words) {
            if (!cur.isEmpty()) {
                Word prev = cur.get(cur.size() - 1);
                int h = Math.max(prev.height(), w.height());
                int dy = Math.abs((prev.t() + prev.b()) / 2 - (w.t() + w.b()) / 2);
                if (w.l() < prev.l() || w.l() - prev.r() > 3 * h || dy * 10 > h * 7) {
                    lines.add(new TextLine(cur));
                    cur = new ArrayList<>();
                }
            }
            cur.add(w);
        }
        if (!cur.isEmpty()) {
            lines.add(new TextLine(cur));
        }
        List<Block> blocks = new ArrayList<>();
        List<TextLine> block = new ArrayList<>();
        for (TextLine l : lines) {
            if (!block.isEmpty()) {
                TextLine prev = block.get(block.size() - 1);
                int h = Math.max(prev.b() - prev.t(), 1);
                boolean beside = l.l() > prev.r() || l.r() < prev.l();
                boolean above = l.b() < prev.t();
                boolean gap = l.t() - prev.b() > h;
                if (beside || above || gap) {
                    blocks.add(new Block(block));
                    block = new ArrayList<>();
                }
            }
            block.add(l);
        }
        if (!block.isEmpty()) {
            blocks.add(new Block(block));
        }
        return blocks;
    }

    /** ALTO 4.4 for one page: blocks, lines with a style giving their size, words with their boxes. */
    static String alto(String pageId, String imageName, List<Block> blocks) {
        int width = 0;
        int height = 0;
        Map<Integer, String> styles = new TreeMap<>();
        for (Block b : blocks) {
            for (TextLine l : b.lines()) {
                width = Math.max(width, l.r());
                height = Math.max(height, l.b());
                styles.putIfAbsent(l.size(), "S" + l.size());
            }
        }
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://www.loc.gov/standards/alto/ns-v4# "
                + "http://www.loc.gov/alto/v4/alto-4-4.xsd\">\n");
        x.append("<Description><MeasurementUnit>pixel</MeasurementUnit><sourceImageInformation><fileName>")
                .append(esc(imageName)).append("</fileName></sourceImageInformation></Description>\n");
        x.append("<Styles>\n");
        for (Map.Entry<Integer, String> s : styles.entrySet()) {
            x.append("<TextStyle ID=\"").append(s.getValue()).append("\" FONTSIZE=\"").append(s.getKey())
                    .append("\"/>\n");
        }
        x.append("</Styles>\n<Layout><Page ID=\"").append(pageId).append("\" PHYSICAL_IMG_NR=\"1\" WIDTH=\"")
                .append(width + 1).append("\" HEIGHT=\"").append(height + 1).append("\">\n");
        x.append("<PrintSpace HPOS=\"0\" VPOS=\"0\" WIDTH=\"").append(width + 1).append("\" HEIGHT=\"")
                .append(height + 1).append("\">\n");
        int bn = 0;
        int ln = 0;
        int wn = 0;
        for (Block b : blocks) {
            int l = b.lines().stream().mapToInt(TextLine::l).min().orElse(0);
            int t = b.lines().stream().mapToInt(TextLine::t).min().orElse(0);
            int r = b.lines().stream().mapToInt(TextLine::r).max().orElse(0);
            int bo = b.lines().stream().mapToInt(TextLine::b).max().orElse(0);
            x.append("<TextBlock ID=\"TB").append(++bn).append('"').append(box(l, t, r, bo)).append(">\n");
            for (TextLine line : b.lines()) {
                x.append("<TextLine ID=\"TL").append(++ln).append('"')
                        .append(box(line.l(), line.t(), line.r(), line.b())).append(" STYLEREFS=\"")
                        .append(styles.get(line.size())).append("\">");
                for (int i = 0; i < line.words().size(); i++) {
                    Word w = line.words().get(i);
                    if (i > 0) {
                        x.append("<SP/>");
                    }
                    x.append("<String ID=\"W").append(++wn).append('"').append(box(w.l(), w.t(), w.r(), w.b()))
                            .append(" CONTENT=\"").append(esc(w.text())).append("\"/>");
                }
                x.append("</TextLine>\n");
            }
            x.append("</TextBlock>\n");
        }
        x.append("</PrintSpace>\n</Page></Layout>\n</alto>\n");
        return x.toString();
    }

    private static String box(int l, int t, int r, int b) {
        return " HPOS=\"" + l + "\" VPOS=\"" + t + "\" WIDTH=\"" + Math.max(1, r - l) + "\" HEIGHT=\""
                + Math.max(1, b - t) + "\"";
    }

    /** The page's articles (furniture aside: mastheads and running heads) as truth, one part per page. */
    static Map<String, List<TruthArticle>> truth(Path issueDir) throws IOException {
        Map<String, List<TruthArticle>> byPage = new LinkedHashMap<>();
        List<Path> files;
        try (var s = Files.list(issueDir.resolve("articles"))) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d+\\.xml"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString()
                            .replace(".xml", ""))))
                    .toList();
        }
        for (Path f : files) {
            Element article = parse(f).getDocumentElement();
            if (!"article".equals(article.getAttribute("classification"))) {
                continue; // masthead, running head: furniture
            }
            NodeList pages = article.getElementsByTagNameNS(NS, "article-page");
            for (int i = 0; i < pages.getLength(); i++) {
                Element page = (Element) pages.item(i);
                String href = page.getAttribute("href");
                String name = href.substring(href.lastIndexOf('/') + 1).replace(".xml", "");
                String headline = null;
                String sub = null;
                List<String> paragraphs = new ArrayList<>();
                NodeList elements = page.getElementsByTagNameNS(NS, "article-element");
                for (int k = 0; k < elements.getLength(); k++) {
                    Element e = (Element) elements.item(k);
                    String type = e.getAttribute("type");
                    Element text = first(e, "text");
                    if ("headline".equals(type) && text != null) {
                        headline = text.getTextContent().trim();
                    } else if ("subheadline".equals(type) && text != null) {
                        sub = text.getTextContent().trim();
                    } else if ("article".equals(type)) {
                        String body = String.join(" ", dedupe(words(e)).stream().map(Word::text).toList());
                        if (!body.isBlank() && !isHeadlineZone(body, headline, sub)) {
                            paragraphs.add(body);
                        }
                    }
                }
                if (!paragraphs.isEmpty()) {
                    byPage.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(new TruthArticle(headline, sub, paragraphs));
                }
            }
        }
        return byPage;
    }

    /** The zone holding the headline's own OCR words: most of its letters pairs are the typed headline's. */
    static boolean isHeadlineZone(String body, String headline, String sub) {
        String h = squash((headline == null ? "" : headline) + (sub == null ? "" : sub));
        if (h.isEmpty()) {
            return false;
        }
        Set<String> a = bigrams(squash(body));
        Set<String> b = bigrams(h);
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return common * 2 >= a.size() && a.size() <= b.size() * 2;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    /** Truth JSON for one page (schema of ../shared/eval/README.md). */
    static String truthJson(String source, List<TruthArticle> articles) {
        StringBuilder j = new StringBuilder();
        j.append("{\"source\": ").append(str(source)).append(", \"language\": \"en\", \"articles\": [");
        for (int i = 0; i < articles.size(); i++) {
            TruthArticle a = articles.get(i);
            j.append(i == 0 ? "\n" : ",\n").append("{\"id\": \"A").append(i + 1).append("\", \"kind\": \"news\", ")
                    .append("\"kicker\": null, \"headline\": ").append(str(a.headline())).append(", \"subheadline\": ")
                    .append(str(a.subheadline()))
                    .append(", \"byline\": {\"reporters\": [], \"correspondents\": [], \"photographers\": []}, ")
                    .append("\"dateline\": null, \"caption\": null, \"paragraphs\": [");
            for (int k = 0; k < a.paragraphs().size(); k++) {
                j.append(k == 0 ? "" : ", ").append(str(a.paragraphs().get(k)));
            }
            j.append("]}");
        }
        return j.append("\n]}\n").toString();
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;");
    }

    static Element first(Element parent, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static int num(Element e, String attr) {
        return (int) Math.round(Double.parseDouble(e.getAttribute(attr)));
    }
}
