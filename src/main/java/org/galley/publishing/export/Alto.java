package org.galley.publishing.export;

import org.galley.publishing.export.AltoPages.Block;
import org.galley.publishing.export.AltoPages.PageText;
import org.galley.publishing.export.AltoPages.TextLine;
import org.galley.publishing.export.WordAlignment.Box;
import org.galley.publishing.export.WordAlignment.Placed;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One page as ALTO 4.4 with the corrected text of its published articles: a TextBlock per run of one article's
 * lines, a TextLine per raw line (its original box), a String per corrected word. Coordinates are in the
 * source's unit (PDF points as inch1200); a page imported as plain text has none, which ALTO 4.4 allows
 * (HPOS/VPOS/WIDTH/HEIGHT are optional everywhere), so its file holds the text and its structure only.
 * Valid against alto-4-4.xsd (checked by a test).
 */
final class Alto {

    static final String NS = "http://www.loc.gov/standards/alto/ns-v4#";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Alto() {
    }

    /** The file name of a page's ALTO inside the export: alto/0001.xml for page 1. */
    static String fileName(ExportPage page) {
        return String.format("alto/%04d.xml", page.pageNumber());
    }

    static String render(ExportIssue issue, PageText text) {
        Document doc = Xml.newDocument();
        Element alto = doc.createElementNS(NS, "alto");
        alto.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        alto.setAttributeNS(XSI, "xsi:schemaLocation", NS + " http://www.loc.gov/alto/v4/alto-4-4.xsd");
        alto.setAttribute("SCHEMAVERSION", "4.4");
        doc.appendChild(alto);
        ExportPage page = text.page();
        Element description = Xml.add(alto, NS, "Description");
        Xml.text(description, NS, "MeasurementUnit", AltoPages.unit(page));
        Element processing = Xml.add(description, NS, "Processing");
        processing.setAttribute("ID", "GALLEY");
        Xml.text(processing, NS, "processingCategory", "contentGeneration");
        Xml.text(processing, NS, "processingDateTime", issue.publishedAt().toString());
        Xml.text(processing, NS, "processingStepDescription", "Text corrected in Galley, publication version "
                + issue.publicationVersion() + "; unchanged words keep the source's boxes, corrected words share"
                + " the boxes of the words they replace");
        Element software = Xml.add(processing, NS, "processingSoftware");
        Xml.text(software, NS, "softwareName", "Galley");

        Element layout = Xml.add(alto, NS, "Layout");
        Element pageEl = Xml.add(layout, NS, "Page");
        pageEl.setAttribute("ID", text.id());
        pageEl.setAttribute("PHYSICAL_IMG_NR", String.valueOf(page.pageNumber()));
        pageEl.setAttribute("PRINTED_IMG_NR", String.valueOf(page.pageNumber()));
        pageEl.setAttribute("PROCESSING", "GALLEY");
        if (issue.language() != null && !issue.language().isBlank()) {
            pageEl.setAttribute("LANG", issue.language());
        }
        Element space = Xml.add(pageEl, NS, "PrintSpace");
        if (page.geometry() != null) {
            double f = AltoPages.factor(page);
            pageEl.setAttribute("WIDTH", Xml.number(page.geometry().width() * f));
            pageEl.setAttribute("HEIGHT", Xml.number(page.geometry().height() * f));
            position(space, new Box(0, 0, page.geometry().width() * f, page.geometry().height() * f));
        }
        for (Block b : text.blocks()) {
            Element block = Xml.add(space, NS, "TextBlock");
            block.setAttribute("ID", b.id());
            position(block, b.box());
            for (TextLine l : b.lines()) {
                Element line = Xml.add(block, NS, "TextLine");
                line.setAttribute("ID", text.id() + "_TL" + l.key().line());
                position(line, l.box());
                int k = 0;
                Placed hyphenStart = null;
                for (Placed w : l.words()) {
                    if (k > 0) {
                        Xml.add(line, NS, "SP");
                    }
                    Element s = Xml.add(line, NS, "String");
                    s.setAttribute("ID", text.id() + "_L" + l.key().line() + "_W" + (++k));
                    position(s, w.box());
                    s.setAttribute("CONTENT", w.text());
                    if (w.subsType() != null) {
                        s.setAttribute("SUBS_TYPE", w.subsType());
                        s.setAttribute("SUBS_CONTENT", w.subsContent());
                        if ("HypPart1".equals(w.subsType())) {
                            hyphenStart = w;
                        }
                    }
                }
                if (hyphenStart != null && l.words().get(l.words().size() - 1) == hyphenStart) {
                    Xml.add(line, NS, "HYP").setAttribute("CONTENT", "-");
                }
            }
        }
        return Xml.serialize(doc, false);
    }

    private static void position(Element e, Box b) {
        if (b == null) {
            return;
        }
        e.setAttribute("HPOS", Xml.number(b.x()));
        e.setAttribute("VPOS", Xml.number(b.y()));
        e.setAttribute("WIDTH", Xml.number(b.width()));
        e.setAttribute("HEIGHT", Xml.number(b.height()));
    }
}
