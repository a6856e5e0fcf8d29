package org.galley.publishing.export;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The JDK's DOM for the XML writers (METS, ALTO, TEI): every text and attribute is escaped by the serializer. */
final class Xml {

    private Xml() {
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Element add(Element parent, String ns, String name) {
        Element e = parent.getOwnerDocument().createElementNS(ns, name);
        parent.appendChild(e);
        return e;
    }

    static Element text(Element parent, String ns, String name, String text) {
        Element e = add(parent, ns, name);
        e.setTextContent(text);
        return e;
    }

    /** A coordinate as ALTO writes it: at most two decimals, no trailing zeros, never locale-dependent. */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    static String serialize(Document doc, boolean indent) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, indent ? "yes" : "no");
            if (indent) {
                t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
            }
            doc.setXmlStandalone(true);
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            String s = out.toString();
            int end = s.indexOf("?>");
            return (end > 0 && end + 2 < s.length() && s.charAt(end + 2) != '\n'
                    ? s.substring(0, end + 2) + "\n" + s.substring(end + 2) : s) + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
