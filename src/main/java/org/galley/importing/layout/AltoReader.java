package org.galley.importing.layout;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.galley.common.UserFacingException;
import org.galley.layout.WordBox;

/**
 * ALTO v1 to v4, any namespace: MeasurementUnit (pixel, mm10, inch1200), TextStyle font sizes through STYLEREFS
 * on a String, its TextLine or its TextBlock, TextBlocks (inside ComposedBlocks too) with their TextLines of
 * String, SP and HYP. A line's font size is the one most of its characters carry.
 */
final class AltoReader {

    static final int MAX_LINES = 50_000;
    /** Far beyond any page in any unit (a broadsheet is about 30,000 inch1200 tall), short of absurd. */
    static final double MAX_COORDINATE = 1e7;

    private AltoReader() {
    }

    static SourcePage read(String fileName, byte[] bytes) {
        try (SafeXml.Cursor xml = SafeXml.open(fileName, bytes)) {
            if (!"alto".equals(xml.root())) {
                throw new UserFacingException("import.error.notFormat", fileName, "ALTO");
            }
            String unit = "pixel";
            Map<String, Double> styles = new HashMap<>();
            double width = 0;
            double height = 0;
            boolean page = false;
            List<SourceBlock> blocks = new ArrayList<>();
            String blockId = null;
            String blockStyle = null;
            List<SourceLine> blockLines = null;
            int lineCount = 0;
            while (xml.hasNext()) {
                int e = xml.next();
                if (e == END_DOCUMENT) {
                    break;
                }
                if (e == END_ELEMENT && "TextBlock".equals(xml.local()) && blockLines != null) {
                    blocks.add(new SourceBlock(blockId == null ? "TB" + (blocks.size() + 1) : blockId, blockLines));
                    blockLines = null;
                    continue;
                }
                if (e != START_ELEMENT) {
                    continue;
                }
                switch (xml.local()) {
                    case "MeasurementUnit" -> unit = unit(fileName, xml.text());
                    case "TextStyle" -> {
                        String id = xml.attr("ID");
                        double size = xml.number("FONTSIZE", 0);
                        if (id != null && size > 0) {
                            styles.put(id, size);
                        }
                    }
                    case "Page" -> {
                        if (page) {
                            // One ALTO file is one page; a second Page element would be another page's text.
                            throw new UserFacingException("import.error.altoPages", fileName);
                        }
                        page = true;
                        width = xml.number("WIDTH", 0);
                        height = xml.number("HEIGHT", 0);
                    }
                    case "TextBlock" -> {
                        blockId = xml.attr("ID");
                        blockStyle = xml.attr("STYLEREFS");
                        blockLines = new ArrayList<>();
                    }
                    case "TextLine" -> {
                        if (++lineCount > MAX_LINES) {
                            throw UserFacingException.tooLarge("import.error.xmlTooComplex", fileName);
                        }
                        SourceLine line = line(xml, styles, blockStyle);
                        if (blockLines != null) {
                            blockLines.add(line);
                        } else {
                            blocks.add(new SourceBlock("TL" + lineCount, List.of(line)));
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!page) {
                throw new UserFacingException("import.error.notFormat", fileName, "ALTO");
            }
            return finish(fileName, LayoutFormat.ALTO, unit, width, height, blocks);
        }
    }

    /** Checks a page read from any format and fills in a missing page size from its lines' extent. */
    static SourcePage finish(String fileName, LayoutFormat format, String unit, double width, double height,
                             List<SourceBlock> blocks) {
        List<SourceBlock> withText = blocks.stream()
                .filter(b -> b.lines().stream().anyMatch(l -> !PageText.clean(l.text()).isBlank())).toList();
        if (withText.isEmpty()) {
            throw new UserFacingException("import.error.noText", fileName);
        }
        checkCoordinates(fileName, width, height, withText);
        double w = width > 0 ? width : withText.stream().mapToDouble(SourceBlock::right).max().orElse(1);
        double h = height > 0 ? height : withText.stream().mapToDouble(SourceBlock::bottom).max().orElse(1);
        if (!(w > 0) || !(h > 0)) {
            // Neither the file nor its lines give the page an extent: no box could be shown or exported.
            throw new UserFacingException("import.error.noPageSize", fileName);
        }
        return new SourcePage(format, unit, w, h, withText, false);
    }

    /**
     * Every number that will be stored must be finite and within {@link #MAX_COORDINATE} of the origin: an
     * infinite or NaN box would be written as a string into the words' JSON and break every later reader of the
     * page (scan pane, export, publishing). The whole file is refused, like any other broken file.
     */
    static void checkCoordinates(String fileName, double width, double height, List<SourceBlock> blocks) {
        check(fileName, width);
        check(fileName, height);
        for (SourceBlock b : blocks) {
            for (SourceLine l : b.lines()) {
                check(fileName, l.x());
                check(fileName, l.y());
                check(fileName, l.width());
                check(fileName, l.height());
                check(fileName, l.sizeHint());
                if (l.fontSize() != null) {
                    check(fileName, l.fontSize());
                }
                for (WordBox wb : l.words()) {
                    check(fileName, wb.x());
                    check(fileName, wb.y());
                    check(fileName, wb.width());
                    check(fileName, wb.height());
                }
            }
        }
    }

    private static void check(String fileName, double v) {
        if (!Double.isFinite(v) || Math.abs(v) > MAX_COORDINATE) {
            throw new UserFacingException("import.error.coordinates", fileName, String.valueOf(v));
        }
    }

    private static String unit(String fileName, String text) {
        String u = text.strip().toLowerCase(Locale.ROOT);
        return switch (u) {
            case "pixel", "mm10", "inch1200" -> u;
            default -> throw new UserFacingException("import.error.altoUnit", fileName, PageText.clean(text));
        };
    }

    private static SourceLine line(SafeXml.Cursor xml, Map<String, Double> styles, String blockStyle) {
        double x = xml.number("HPOS", 0);
        double y = xml.number("VPOS", 0);
        double w = xml.number("WIDTH", 0);
        double h = xml.number("HEIGHT", 0);
        Double lineSize = size(styles, xml.attr("STYLEREFS"), size(styles, blockStyle, null));
        StringBuilder text = new StringBuilder();
        List<WordBox> words = new ArrayList<>();
        Map<Double, Integer> charsBySize = new HashMap<>();
        int level = 1;
        while (level > 0) {
            int e = xml.next();
            if (e == END_ELEMENT) {
                level--;
                continue;
            }
            if (e != START_ELEMENT) {
                continue;
            }
            level++;
            switch (xml.local()) {
                case "String" -> {
                    String content = xml.attr("CONTENT");
                    if (content != null) {
                        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                            text.append(' ');
                        }
                        text.append(content);
                        words.add(new WordBox(content, xml.number("HPOS", x), xml.number("VPOS", y),
                                xml.number("WIDTH", 0), xml.number("HEIGHT", 0)));
                        Double size = size(styles, xml.attr("STYLEREFS"), lineSize);
                        if (size != null) {
                            charsBySize.merge(size, content.length(), Integer::sum);
                        }
                    }
                }
                case "SP" -> {
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                }
                case "HYP" -> {
                    String content = xml.attr("CONTENT");
                    text.append(content == null ? "-" : content);
                }
                default -> {
                }
            }
        }
        Double fontSize = charsBySize.entrySet().stream().max(Map.Entry.<Double, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(lineSize);
        if (w <= 0 && !words.isEmpty()) {
            double left = words.stream().mapToDouble(WordBox::x).min().orElse(x);
            double right = words.stream().mapToDouble(wb -> wb.x() + wb.width()).max().orElse(x);
            x = left;
            w = right - left;
        }
        if (h <= 0 && !words.isEmpty()) {
            double top = words.stream().mapToDouble(WordBox::y).min().orElse(y);
            double bottom = words.stream().mapToDouble(wb -> wb.y() + wb.height()).max().orElse(y);
            y = top;
            h = bottom - top;
        }
        return new SourceLine(text.toString(), x, y, Math.max(w, 0), Math.max(h, 0), fontSize,
                fontSize != null ? fontSize : 0, words);
    }

    /** The first font size among a STYLEREFS list (it may name paragraph styles too), else the fallback. */
    private static Double size(Map<String, Double> styles, String refs, Double fallback) {
        if (refs != null) {
            for (String ref : refs.split("\\s+")) {
                Double s = styles.get(ref);
                if (s != null) {
                    return s;
                }
            }
        }
        return fallback;
    }
}
