package org.galley.importing.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.galley.common.UserFacingException;
import org.galley.layout.WordBox;

/**
 * PDF pages with a text layer, born digital or a scan with an invisible OCR layer (NDNP): PDFBox gives each word
 * with its glyphs' positions and sizes in points; words become lines as PDFBox groups them (split where a gap
 * wider than two ems shows that two columns share a baseline), lines become blocks where they follow each other
 * closely in the same column at the same size. Coordinates: points from the page's top left.
 */
public final class PdfReader {

    public static final int MAX_PAGES = 100;
    static final long MAX_STREAM_CACHE = 256L * 1024 * 1024;

    private PdfReader() {
    }

    /** Opens a PDF (the caller closes it); a broken or password-protected file is refused by name. */
    public static PDDocument open(String fileName, byte[] bytes) {
        try {
            // Decoded streams are cached in memory up to a bound: a small file whose streams inflate without end
            // is refused as broken instead of filling the heap.
            PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_CACHE).streamCache);
            if (doc.getNumberOfPages() == 0) {
                doc.close();
                throw new UserFacingException("import.error.pdfNoText", fileName);
            }
            if (doc.getNumberOfPages() > MAX_PAGES) {
                doc.close();
                throw UserFacingException.tooLarge("import.error.pdfPages", fileName, MAX_PAGES);
            }
            return doc;
        } catch (InvalidPasswordException e) {
            throw new UserFacingException("import.error.pdfLocked", fileName);
        } catch (IOException e) {
            throw new UserFacingException("import.error.pdfBroken", fileName);
        }
    }

    /** Every page of the document; a page without a text layer refuses the whole file. */
    static List<SourcePage> read(String fileName, PDDocument doc) {
        List<SourcePage> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            pages.add(page(fileName, doc, i));
        }
        return pages;
    }

    private static SourcePage page(String fileName, PDDocument doc, int index) {
        PDPage page = doc.getPage(index);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        double width = turned ? box.getHeight() : box.getWidth();
        double height = turned ? box.getWidth() : box.getHeight();
        Collector collector;
        try {
            collector = new Collector();
            collector.setStartPage(index + 1);
            collector.setEndPage(index + 1);
            collector.getText(doc);
        } catch (IOException e) {
            throw new UserFacingException("import.error.pdfBroken", fileName);
        }
        collector.endLine();
        if (collector.lines.stream().noneMatch(l -> !l.text().isBlank())) {
            throw new UserFacingException("import.error.pdfNoText", fileName);
        }
        return AltoReader.finish(fileName, LayoutFormat.PDF, "pt", width, height, blocks(collector.lines));
    }

    /** Lines that follow closely in one column at one size form a block. */
    static List<SourceBlock> blocks(List<SourceLine> lines) {
        List<SourceBlock> blocks = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        for (SourceLine line : lines) {
            if (!current.isEmpty() && !continues(current.get(current.size() - 1), line)) {
                blocks.add(new SourceBlock("p" + (blocks.size() + 1), current));
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            blocks.add(new SourceBlock("p" + (blocks.size() + 1), current));
        }
        return blocks;
    }

    private static boolean continues(SourceLine above, SourceLine line) {
        double size = Math.max(above.sizeHint(), line.sizeHint());
        double ratio = Math.max(above.sizeHint(), line.sizeHint()) / Math.max(1e-6, Math.min(above.sizeHint(), line.sizeHint()));
        double gap = line.y() - (above.y() + above.height());
        double overlap = Math.min(above.x() + above.width(), line.x() + line.width()) - Math.max(above.x(), line.x());
        double narrower = Math.min(above.width(), line.width());
        return ratio < 1.2 && gap > -size * 0.5 && gap < size * 0.9 && overlap > 0.5 * narrower;
    }

    /** Receives PDFBox's words and line ends. */
    private static final class Collector extends PDFTextStripper {
        final List<SourceLine> lines = new ArrayList<>();
        private final List<WordBox> words = new ArrayList<>();
        private final List<Double> sizes = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> glyphs) {
            if (glyphs.isEmpty() || text.isBlank()) {
                return;
            }
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            double size = 0;
            for (TextPosition g : glyphs) {
                double s = g.getFontSizeInPt() > 0 ? g.getFontSizeInPt() : g.getHeightDir();
                left = Math.min(left, g.getXDirAdj());
                right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                // The baseline is y; the glyph's body reaches about three quarters of its size above it.
                top = Math.min(top, g.getYDirAdj() - s * 0.75);
                bottom = Math.max(bottom, g.getYDirAdj() + s * 0.25);
                size = Math.max(size, s);
            }
            WordBox word = new WordBox(text.strip(), left, top, Math.max(0, right - left), Math.max(0, bottom - top));
            if (!words.isEmpty()) {
                WordBox last = words.get(words.size() - 1);
                double em = Math.max(size, sizes.get(sizes.size() - 1));
                double gap = word.x() - (last.x() + last.width());
                // Two columns on one baseline, or text that jumps back: a new line.
                if (gap > 2 * em || gap < -em || Math.abs(word.y() - last.y()) > em) {
                    endLine();
                }
            }
            words.add(word);
            sizes.add(size);
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        void endLine() {
            if (words.isEmpty()) {
                return;
            }
            double left = words.stream().mapToDouble(WordBox::x).min().orElse(0);
            double top = words.stream().mapToDouble(WordBox::y).min().orElse(0);
            double right = words.stream().mapToDouble(w -> w.x() + w.width()).max().orElse(0);
            double bottom = words.stream().mapToDouble(w -> w.y() + w.height()).max().orElse(0);
            // The size most of the line's words have (a drop cap or a footnote mark does not make a headline).
            double size = sizes.stream().sorted().toList().get(sizes.size() / 2);
            String text = String.join(" ", words.stream().map(WordBox::text).toList());
            double rounded = Math.round(size * 10) / 10.0;
            lines.add(new SourceLine(text, left, top, right - left, bottom - top, rounded > 0 ? rounded : null,
                    rounded, words));
            words.clear();
            sizes.clear();
        }
    }
}
