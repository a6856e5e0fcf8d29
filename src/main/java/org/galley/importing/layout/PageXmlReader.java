package org.galley.importing.layout;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.galley.common.UserFacingException;
import org.galley.layout.WordBox;

/**
 * PAGE XML (2013-07-15 and 2019-07-15 and their kin): TextRegions with their TextLines' Coords polygons (a line's
 * box is its polygon's bounding box), the line's own TextEquiv (else its Words'), TextStyle fontSize, and the
 * ReadingOrder when the file has one (regions it does not list follow in geometric order).
 */
final class PageXmlReader {

    private PageXmlReader() {
    }

    private static final class Region {
        String id;
        final List<SourceLine> lines = new ArrayList<>();
        Double fontSize;

        Region(String id) {
            this.id = id;
        }
    }

    private static final class Line {
        double[] box;
        String text;
        Double fontSize;
        final List<WordBox> words = new ArrayList<>();
        final StringBuilder wordText = new StringBuilder();
    }

    static SourcePage read(String fileName, byte[] bytes) {
        try (SafeXml.Cursor xml = SafeXml.open(fileName, bytes)) {
            if (!"PcGts".equals(xml.root())) {
                throw new UserFacingException("import.error.notFormat", fileName, "PAGE XML");
            }
            double width = 0;
            double height = 0;
            boolean page = false;
            List<Region> regions = new ArrayList<>();
            Map<String, Double> order = new HashMap<>();
            int orderSeen = 0;
            Deque<Region> open = new ArrayDeque<>();
            Line line = null;
            double[] wordBox = null;
            String wordText = null;
            boolean inWord = false;
            Deque<String> path = new ArrayDeque<>();
            while (xml.hasNext()) {
                int e = xml.next();
                if (e == END_DOCUMENT) {
                    break;
                }
                if (e == END_ELEMENT) {
                    if (path.isEmpty()) {
                        continue;
                    }
                    String name = path.pop();
                    switch (name) {
                        case "TextRegion" -> {
                            regions.add(open.pop());
                        }
                        case "TextLine" -> {
                            if (line != null && line.box != null && !open.isEmpty()) {
                                Region r = open.peek();
                                String text = line.text != null ? line.text : line.wordText.toString();
                                Double size = line.fontSize != null ? line.fontSize : r.fontSize;
                                r.lines.add(new SourceLine(text, line.box[0], line.box[1], line.box[2] - line.box[0],
                                        line.box[3] - line.box[1], size, size != null ? size : 0, line.words));
                            }
                            line = null;
                        }
                        case "Word" -> {
                            if (line != null && wordText != null && !wordText.isBlank()) {
                                if (wordBox != null) {
                                    line.words.add(new WordBox(wordText.strip(), wordBox[0], wordBox[1],
                                            wordBox[2] - wordBox[0], wordBox[3] - wordBox[1]));
                                }
                                line.wordText.append(line.wordText.isEmpty() ? "" : " ").append(wordText.strip());
                            }
                            inWord = false;
                        }
                        default -> {
                        }
                    }
                    continue;
                }
                if (e != START_ELEMENT) {
                    continue;
                }
                String name = xml.local();
                String parent = path.peek();
                path.push(name);
                switch (name) {
                    case "Page" -> {
                        page = true;
                        width = xml.number("imageWidth", 0);
                        height = xml.number("imageHeight", 0);
                    }
                    case "RegionRefIndexed", "RegionRef" -> {
                        String ref = xml.attr("regionRef");
                        if (ref != null && !order.containsKey(ref)) {
                            // Indexes order siblings; document order separates groups.
                            order.put(ref, orderSeen++ * 100_000.0 + xml.number("index", 0) / 100_000.0);
                        }
                    }
                    case "TextRegion" -> open.push(new Region(xml.attr("id")));
                    case "TextLine" -> line = new Line();
                    case "Word" -> {
                        inWord = true;
                        wordBox = null;
                        wordText = null;
                    }
                    case "Coords" -> {
                        double[] box = box(xml.attr("points"));
                        if ("Word".equals(parent)) {
                            wordBox = box;
                        } else if ("TextLine".equals(parent) && line != null) {
                            line.box = box;
                        }
                    }
                    case "TextStyle" -> {
                        Double size = xml.number("fontSize", 0) > 0 ? xml.number("fontSize", 0) : null;
                        if ("TextLine".equals(parent) && line != null) {
                            line.fontSize = size;
                        } else if ("TextRegion".equals(parent) && !open.isEmpty()) {
                            open.peek().fontSize = size;
                        }
                    }
                    case "Unicode" -> {
                        String text = xml.text();
                        path.pop();
                        // The TextEquiv directly under the line or word; the first one (index order is rare).
                        String owner = path.size() >= 2 ? path.toArray(new String[0])[1] : null;
                        if ("TextLine".equals(owner) && line != null && line.text == null) {
                            line.text = text;
                        } else if ("Word".equals(owner) && inWord && wordText == null) {
                            wordText = text;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!page) {
                throw new UserFacingException("import.error.notFormat", fileName, "PAGE XML");
            }
            uniqueIds(regions);
            List<SourceBlock> blocks = regions.stream().map(r -> new SourceBlock(r.id, r.lines)).toList();
            SourcePage read = AltoReader.finish(fileName, LayoutFormat.PAGE, "pixel", width, height, blocks);
            if (order.isEmpty()) {
                return read;
            }
            List<SourceBlock> listed = read.blocks().stream().filter(b -> order.containsKey(b.id()))
                    .sorted(Comparator.comparingDouble(b -> order.get(b.id()))).toList();
            List<SourceBlock> rest = ReadingOrder.order(
                    read.blocks().stream().filter(b -> !order.containsKey(b.id())).toList(), read.width(), read.height());
            List<SourceBlock> all = new ArrayList<>(listed);
            all.addAll(rest);
            return new SourcePage(LayoutFormat.PAGE, "pixel", read.width(), read.height(), all, true);
        }
    }

    /**
     * Gives every region a key of its own, so that no region's lines are lost under another's: the first region
     * with an id keeps it (the reading order refers to it); a region without one, or repeating one, gets a new
     * id that no region of the file has.
     */
    private static void uniqueIds(List<Region> regions) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        regions.forEach(r -> {
            if (r.id != null) {
                taken.add(r.id);
            }
        });
        java.util.Set<String> kept = new java.util.HashSet<>();
        int n = 0;
        for (Region r : regions) {
            if (r.id != null && kept.add(r.id)) {
                continue;
            }
            String id;
            do {
                id = (r.id == null ? "r" : r.id + "_") + (++n);
            } while (taken.contains(id));
            taken.add(id);
            kept.add(id);
            r.id = id;
        }
    }

    /** The bounding box (x0, y0, x1, y1) of "x,y x,y ..." points, or null. */
    static double[] box(String points) {
        if (points == null) {
            return null;
        }
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        int n = 0;
        for (String p : points.strip().split("\\s+")) {
            String[] xy = p.split(",");
            if (xy.length != 2) {
                continue;
            }
            try {
                double x = Double.parseDouble(xy[0]);
                double y = Double.parseDouble(xy[1]);
                x0 = Math.min(x0, x);
                y0 = Math.min(y0, y);
                x1 = Math.max(x1, x);
                y1 = Math.max(y1, y);
                n++;
            } catch (NumberFormatException ignored) {
                // A malformed point is skipped; the others still bound the line.
            }
        }
        return n == 0 ? null : new double[]{x0, y0, x1, y1};
    }
}
