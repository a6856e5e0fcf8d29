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
        // The root element decides: a plain-text page that mentions "ocr_page" or ALTO's namespace is still text.
        String root = rootTag(head);
        if (root == null) {
            return null;
        }
        String name = localName(root);
        if (name.equals("alto")) {
            return ALTO;
        }
        if (name.equals("PcGts")) {
            return PAGE;
        }
        if (name.equalsIgnoreCase("html")
                && (head.contains("ocr_page") || head.contains("ocr-capabilities") || head.contains("ocr-system"))) {
            return HOCR;
        }
        return null;
    }

    /** Whether a file is METS (an NDNP issue's table of contents). */
    public static boolean isMets(byte[] bytes) {
        String root = rootTag(head(bytes));
        return root != null && localName(root).equals("mets") && root.contains("www.loc.gov/METS");
    }

    /**
     * The root element's start tag ("<alto xmlns=...>") in the file's first kilobytes, after the XML declaration,
     * comments, processing instructions and a document type declaration; null when the text does not start as
     * markup or the tag is not there.
     */
    static String rootTag(String head) {
        int i = 0;
        int n = head.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(head.charAt(i))) {
                i++;
            }
            if (i >= n || head.charAt(i) != '<') {
                return null;
            }
            if (head.startsWith("<?", i)) {
                int end = head.indexOf("?>", i);
                if (end < 0) {
                    return null;
                }
                i = end + 2;
            } else if (head.startsWith("<!--", i)) {
                int end = head.indexOf("-->", i);
                if (end < 0) {
                    return null;
                }
                i = end + 3;
            } else if (head.startsWith("<!", i)) {
                // A doctype, with an internal subset in brackets perhaps (refused later by the parser).
                int bracket = head.indexOf('[', i);
                int close = head.indexOf('>', i);
                if (close < 0) {
                    return null;
                }
                if (bracket >= 0 && bracket < close) {
                    int endSubset = head.indexOf("]", bracket);
                    close = endSubset < 0 ? -1 : head.indexOf('>', endSubset);
                    if (close < 0) {
                        return null;
                    }
                }
                i = close + 1;
            } else {
                int end = head.indexOf('>', i);
                return end < 0 ? head.substring(i) : head.substring(i, end + 1);
            }
        }
        return null;
    }

    /** "alto" from "<alto ...>" or "<a:alto ...>". */
    private static String localName(String tag) {
        int end = 1;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>' && tag.charAt(end) != '/') {
            end++;
        }
        String qname = tag.substring(1, end);
        return qname.substring(qname.indexOf(':') + 1);
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
