package org.galley.importing.layout;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.galley.common.UserFacingException;

/**
 * The one way layout files are parsed: the JDK's streaming parser with DTDs off. A document type declaration is
 * tolerated only without an internal subset (an XHTML hOCR file names its DTD, which is never fetched); a file
 * that declares entities is refused before any is expanded, so neither external entities (XXE: files, URLs) nor
 * nested ones (billion laughs) are ever resolved. Element depth and the number of elements are capped as well.
 */
public final class SafeXml {

    static final int MAX_DEPTH = 200;
    static final int MAX_ELEMENTS = 3_000_000;

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> new ByteArrayInputStream(new byte[0]));
        return f;
    }

    /** A cursor over the document; every event goes through {@link Cursor#next()}, which enforces the limits. */
    static Cursor open(String fileName, byte[] bytes) {
        try {
            InputStream in = new ByteArrayInputStream(bytes);
            return new Cursor(fileName, bytes, FACTORY.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw notXml(fileName, e);
        }
    }

    static UserFacingException notXml(String fileName, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return new UserFacingException("import.error.notXml", fileName, Math.max(line, 1));
    }

    /**
     * Whether the document type declaration in the file's text has an internal subset: after "<!DOCTYPE", its
     * name and quoted identifiers, a "[" comes before the closing ">". Read as Latin-1 (ASCII-compatible, as
     * every encoding the markup could be in here is) or as UTF-16 when the file starts like it.
     */
    static boolean internalSubset(byte[] bytes) {
        int n = Math.min(bytes.length, 1 << 20);
        boolean utf16 = n >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
        String text = new String(bytes, 0, n, utf16 ? java.nio.charset.StandardCharsets.UTF_16
                : java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("<!DOCTYPE");
        if (at < 0) {
            return text.contains("<!ENTITY");
        }
        char quote = 0;
        for (int i = at + 9; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                return true;
            } else if (c == '>') {
                return false;
            }
        }
        return true;
    }

    static final class Cursor implements AutoCloseable {
        final String fileName;
        final XMLStreamReader xml;
        private final byte[] raw;
        private int depth;
        private int elements;

        Cursor(String fileName, byte[] raw, XMLStreamReader xml) {
            this.fileName = fileName;
            this.raw = raw;
            this.xml = xml;
        }

        /** The next event; a DTD with declarations, an entity reference or a limit passed is a refusal. */
        int next() {
            try {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        // Without an XML declaration the JDK reports the doctype as "<!DOCTYPE]>", subset lost:
                        // the file's own text decides.
                        String dtd = xml.getText();
                        if (dtd == null || dtd.contains("[") || dtd.contains("]") || internalSubset(raw)) {
                            throw new UserFacingException("import.error.xmlEntities", fileName);
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new UserFacingException("import.error.xmlEntities", fileName);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH || ++elements > MAX_ELEMENTS) {
                            throw UserFacingException.tooLarge("import.error.xmlTooComplex", fileName);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
                return event;
            } catch (XMLStreamException e) {
                throw notXml(fileName, e);
            }
        }

        boolean hasNext() {
            try {
                return xml.hasNext();
            } catch (XMLStreamException e) {
                throw notXml(fileName, e);
            }
        }

        String local() {
            return xml.getLocalName();
        }

        String attr(String name) {
            String v = xml.getAttributeValue(null, name);
            return v == null || v.isBlank() ? null : v.strip();
        }

        double number(String name, double fallback) {
            String v = attr(name);
            if (v == null) {
                return fallback;
            }
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return fallback;
            }
            // "NaN", "Infinity", "1e999": a number, but no position; the file is refused rather than guessed at.
            if (!Double.isFinite(d)) {
                throw new UserFacingException("import.error.coordinates", fileName, v.length() > 40 ? v.substring(0, 40) : v);
            }
            return d;
        }

        /** The text of the current element (its descendants' text included), leaving the cursor on its end tag. */
        String text() {
            StringBuilder sb = new StringBuilder();
            int level = 1;
            while (level > 0) {
                int e = next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    level++;
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    level--;
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                        || e == XMLStreamConstants.SPACE) {
                    sb.append(xml.getText());
                }
            }
            return sb.toString();
        }

        /** Moves to the root element and returns its local name. */
        String root() {
            while (true) {
                int e = next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    return local();
                }
                if (e == XMLStreamConstants.END_DOCUMENT) {
                    throw new UserFacingException("import.error.notXml", fileName, 1);
                }
            }
        }

        @Override
        public void close() {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Reading is over; nothing was held but memory.
            }
        }
    }
}
