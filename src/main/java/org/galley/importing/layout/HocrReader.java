package org.galley.importing.layout;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.galley.common.UserFacingException;
import org.galley.layout.WordBox;

/**
 * hOCR as Tesseract and others write it (XHTML): the page's bbox, blocks (ocr_par inside ocr_carea), lines
 * (ocr_line and its kin) and words (ocrx_word) with their bbox; a line's size from x_fsize (points) or, failing
 * that, x_size (pixels, comparable across the page only).
 */
final class HocrReader {

    private static final Set<String> LINES = Set.of("ocr_line", "ocrx_line", "ocr_header", "ocr_caption", "ocr_textfloat");

    private HocrReader() {
    }

    private record Open(String classes, String id, double[] bbox, String title) {
        boolean is(String cls) {
            return classes != null && (" " + classes + " ").contains(" " + cls + " ");
        }
    }

    static SourcePage read(String fileName, byte[] bytes) {
        try (SafeXml.Cursor xml = SafeXml.open(fileName, bytes)) {
            if (!"html".equalsIgnoreCase(xml.root())) {
                throw new UserFacingException("import.error.notFormat", fileName, "hOCR");
            }
            Deque<Open> stack = new ArrayDeque<>();
            double width = 0;
            double height = 0;
            boolean pageSeen = false;
            List<SourceBlock> blocks = new ArrayList<>();
            List<SourceLine> blockLines = new ArrayList<>();
            String blockId = null;
            StringBuilder lineText = null;
            List<WordBox> words = null;
            double[] lineBox = null;
            String lineTitle = null;
            StringBuilder word = null;
            double[] wordBox = null;
            while (xml.hasNext()) {
                int e = xml.next();
                if (e == END_DOCUMENT) {
                    break;
                }
                if (e == START_ELEMENT) {
                    String cls = xml.attr("class");
                    String title = xml.attr("title");
                    Open open = new Open(cls, xml.attr("id"), bbox(title), title);
                    stack.push(open);
                    if (open.is("ocr_page")) {
                        if (pageSeen) {
                            throw new UserFacingException("import.error.hocrPages", fileName);
                        }
                        pageSeen = true;
                        if (open.bbox() != null) {
                            width = open.bbox()[2];
                            height = open.bbox()[3];
                        }
                    } else if (open.is("ocr_par") || open.is("ocr_carea")) {
                        // A new block starts; lines before it (directly in a carea) close their own block.
                        blockId = close(blocks, blockLines, blockId);
                        blockId = open.id();
                    } else if (LINES.stream().anyMatch(open::is) && lineText == null) {
                        lineText = new StringBuilder();
                        words = new ArrayList<>();
                        lineBox = open.bbox();
                        lineTitle = title;
                    } else if (open.is("ocrx_word") && lineText != null && word == null) {
                        word = new StringBuilder();
                        wordBox = open.bbox();
                    }
                } else if (e == CHARACTERS || e == CDATA || e == SPACE) {
                    if (word != null) {
                        word.append(xml.xml.getText());
                    } else if (lineText != null) {
                        lineText.append(xml.xml.getText());
                    }
                } else if (e == END_ELEMENT && !stack.isEmpty()) {
                    Open open = stack.pop();
                    if (open.is("ocrx_word") && word != null) {
                        String w = word.toString().strip();
                        if (!w.isEmpty()) {
                            lineText.append(' ').append(w).append(' ');
                            if (wordBox != null) {
                                words.add(new WordBox(w, wordBox[0], wordBox[1], wordBox[2] - wordBox[0], wordBox[3] - wordBox[1]));
                            }
                        }
                        word = null;
                    } else if (LINES.stream().anyMatch(open::is) && lineText != null && open.title() == lineTitle) {
                        if (lineBox != null) {
                            Double points = number(lineTitle, "x_fsize");
                            Double xSize = number(lineTitle, "x_size");
                            blockLines.add(new SourceLine(lineText.toString(), lineBox[0], lineBox[1],
                                    lineBox[2] - lineBox[0], lineBox[3] - lineBox[1], points,
                                    points != null ? points : xSize != null ? xSize : 0, words));
                        }
                        lineText = null;
                    } else if (open.is("ocr_par") || open.is("ocr_carea")) {
                        blockId = close(blocks, blockLines, blockId);
                    }
                }
            }
            close(blocks, blockLines, blockId);
            if (!pageSeen) {
                throw new UserFacingException("import.error.notFormat", fileName, "hOCR");
            }
            return AltoReader.finish(fileName, LayoutFormat.HOCR, "pixel", width, height, blocks);
        }
    }

    private static String close(List<SourceBlock> blocks, List<SourceLine> lines, String id) {
        if (!lines.isEmpty()) {
            blocks.add(new SourceBlock(id == null ? "block_" + (blocks.size() + 1) : id, lines));
            lines.clear();
        }
        return id;
    }

    /** "bbox x0 y0 x1 y1" from a title's properties, or null. */
    static double[] bbox(String title) {
        if (title == null) {
            return null;
        }
        for (String prop : title.split(";")) {
            String[] p = prop.strip().split("\\s+");
            if (p.length == 5 && "bbox".equals(p[0])) {
                try {
                    double[] b = {Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]), Double.parseDouble(p[4])};
                    return b[2] >= b[0] && b[3] >= b[1] ? b : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static Double number(String title, String name) {
        if (title == null) {
            return null;
        }
        for (String prop : title.split(";")) {
            String[] p = prop.strip().split("\\s+");
            if (p.length >= 2 && name.equals(p[0])) {
                try {
                    double d = Double.parseDouble(p[1]);
                    return d > 0 && Double.isFinite(d) ? d : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
