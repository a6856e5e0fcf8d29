package org.galley.importing.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.galley.common.UserFacingException;

/**
 * Reads a page file in a layout format (ALTO, hOCR, PAGE XML, PDF) into raw text in reading order with the box
 * of each raw line. Pure: no database, no Spring; the import, the command line and tests use it alike.
 */
public final class LayoutReaders {

    private LayoutReaders() {
    }

    /**
     * The pages of a layout file (several for a multi-page PDF, else one). A file that is not in a layout format
     * is refused; so is one in a layout format that is broken, holds no text, or is hostile XML.
     */
    public static List<ReadPage> read(String fileName, byte[] bytes) {
        LayoutFormat format = LayoutFormat.detect(bytes);
        if (format == null) {
            throw new UserFacingException(LayoutFormat.looksLikeXml(bytes) ? "import.error.notLayoutXml" : "import.error.notLayout",
                    fileName);
        }
        if (format == LayoutFormat.PDF) {
            try (PDDocument doc = PdfReader.open(fileName, bytes)) {
                return PdfReader.read(fileName, doc).stream().map(LayoutReaders::inOrder).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.of(inOrder(source(fileName, bytes, format)));
    }

    /** The page as the file describes it, blocks in the file's order. */
    public static SourcePage source(String fileName, byte[] bytes, LayoutFormat format) {
        return switch (format) {
            case ALTO -> AltoReader.read(fileName, bytes);
            case HOCR -> HocrReader.read(fileName, bytes);
            case PAGE -> PageXmlReader.read(fileName, bytes);
            case PDF -> throw new IllegalArgumentException("PDF pages are read with read()");
        };
    }

    /** Raw text and boxes in reading order: the file's stated order if it has one, else from the geometry. */
    public static ReadPage inOrder(SourcePage page) {
        List<SourceBlock> ordered = page.ordered() ? page.blocks()
                : ReadingOrder.order(page.blocks(), page.width(), page.height());
        return PageText.write(page, ordered);
    }
}
