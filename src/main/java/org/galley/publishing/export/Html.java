package org.galley.publishing.export;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Entities;

/** The frame every exported HTML page shares: doctype, language, charset, a little CSS. */
final class Html {

    static final String CSS = "body{max-width:40em;margin:2em auto;padding:0 1em;font-family:serif;line-height:1.6}"
            + ".kicker,.subheadline{color:#555}.byline,.dateline{font-weight:bold}figcaption{font-style:italic}";

    private Html() {
    }

    static Document page(String language, String title) {
        Document doc = Document.createShell("");
        doc.insertChildren(0, new DocumentType("html", "", ""));
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(true).indentAmount(1);
        doc.selectFirst("html").attr("lang", language == null ? "zh" : language);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("title").text(title);
        doc.head().appendElement("style").appendText(CSS);
        return doc;
    }
}
