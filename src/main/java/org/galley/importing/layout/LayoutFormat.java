package org.galley.importing.layout;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The page formats that carry layout, told apart by their content (never by the file name alone). */
public enum LayoutFormat {
    ALTO("application/xml"), HOCR("text/html"), PAGE("application/xml"), PDF("application/pdf");

    private final String mediaType;

    LayoutFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The layout format of a file, or null for anything else (plain text, images, METS). XML is recognised by its
     * root element's namespace or name in the first few kilobytes; a file named .xml that is none of them is
     * {@link #looksLikeXml XML} the caller refuses.
     */
    public static LayoutFormat detect(byte[] bytes) {
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return PDF;
        }
        String head = head(bytes);
        if (head.contains("www.loc.gov/standards/alto") || head.matches("(?s).*<(\\w+:)?alto[\\s>].*")) {
            return ALTO;
        }
        if (head.contains("schema.primaresearch.org/PAGE") || head.matches("(?s).*<(\\w+:)?PcGts[\\s>].*")) {
            return PAGE;
        }
        if (head.contains("ocr_page") || head.contains("ocr-capabilities") || head.contains("ocr-system")) {
            return HOCR;
        }
        return null;
    }

    /** Whether a file is METS (an NDNP issue's table of contents). */
    public static boolean isMets(byte[] bytes) {
        String head = head(bytes);
        return head.contains("www.loc.gov/METS") && head.matches("(?s).*<(\\w+:)?mets[\\s>].*");
    }

    /** Whether a file starts like XML or HTML markup (after a BOM and white space). */
    public static boolean looksLikeXml(byte[] bytes) {
        String h = head(bytes).stripLeading();
        return h.startsWith("<?xml") || h.startsWith("<");
    }

    /** Whether a file name says it is meant as a layout page (so that failing to read it is a refusal, not text). */
    public static boolean namedLikeLayout(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".alto") || n.endsWith(".hocr") || n.endsWith(".html")
                || n.endsWith(".htm") || n.endsWith(".pdf");
    }

    static String head(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int start = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, start, n - start, StandardCharsets.UTF_8);
    }
}
