package org.galley.publishing.export;

import java.time.format.DateTimeFormatter;
import org.galley.article.ArticleContent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * NITF 3.6, the news industry's XML for articles, built with the JDK's DOM so every text is escaped by the
 * serializer. Valid against the official XSD (checked by a test).
 */
public final class Nitf {

    public static final String NS = "http://iptc.org/std/NITF/2006-10-18/";
    private static final DateTimeFormatter NORM = DateTimeFormatter.ofPattern("yyyyMMdd'T'000000");

    private Nitf() {
    }

    public static String render(ExportIssue issue, ExportArticle article) {
        ArticleContent c = article.content();
        Document doc = Xml.newDocument();
        Element nitf = doc.createElementNS(NS, "nitf");
        nitf.setAttribute("version", "-//IPTC//DTD NITF 3.6//EN");
        nitf.setAttribute("change.date", "September 11, 2009");
        nitf.setAttribute("change.time", "12:26");
        nitf.setAttribute("baselang", issue.language() == null ? "zh" : issue.language());
        doc.appendChild(nitf);

        Element head = add(nitf, "head");
        add(head, "title").setTextContent(Texts.title(c));
        Element docdata = add(head, "docdata");
        add(docdata, "doc-id").setAttribute("id-string",
                "galley-" + issue.issueId() + "-" + article.articleId() + "-r" + article.revision() + "-v" + issue.publicationVersion());
        add(docdata, "date.issue").setAttribute("norm", NORM.format(issue.date()));
        Element pubdata = add(head, "pubdata");
        pubdata.setAttribute("type", "print");
        pubdata.setAttribute("name", issue.newspaperTitle());
        pubdata.setAttribute("date.publication", NORM.format(issue.date()));
        // Every page the text is on (1, 3 for an article continued on page 3), as the JSON-LD's printPage.
        pubdata.setAttribute("position.sequence", article.pages().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")));
        if (Texts.present(article.section())) {
            pubdata.setAttribute("position.section", article.section());
        }
        if (Texts.present(issue.edition())) {
            pubdata.setAttribute("edition.name", issue.edition());
        }
        if (Texts.present(issue.number())) {
            pubdata.setAttribute("issue", issue.number());
        }

        Element body = add(nitf, "body");
        Element bodyHead = add(body, "body.head");
        Element hedline = add(bodyHead, "hedline");
        add(hedline, "hl1").setTextContent(Texts.title(c));
        if (Texts.present(c.kicker())) {
            Element kicker = add(hedline, "hl2");
            kicker.setAttribute("class", "kicker");
            kicker.setTextContent(c.kicker());
        }
        if (Texts.present(c.subheadline())) {
            Element sub = add(hedline, "hl2");
            sub.setAttribute("class", "subheadline");
            sub.setTextContent(c.subheadline());
        }
        if (!c.byline().isEmpty()) {
            Element byline = add(bodyHead, "byline");
            for (String name : Texts.people(c.byline())) {
                add(byline, "person").setTextContent(name);
            }
        }
        if (Texts.present(c.dateline())) {
            add(bodyHead, "dateline").setTextContent(c.dateline());
        }
        Element content = add(body, "body.content");
        for (String p : c.paragraphs()) {
            add(content, "p").setTextContent(p);
        }
        if (Texts.present(c.caption())) {
            Element media = add(content, "media");
            media.setAttribute("media-type", "image");
            // The scan of the photo is not part of the text export; the reference names where it was printed.
            Element ref = add(media, "media-reference");
            ref.setAttribute("mime-type", "image/jpeg");
            ref.setAttribute("alternate-text", c.caption());
            add(media, "media-caption").setTextContent(c.caption());
        }
        return Xml.serialize(doc, true);
    }

    private static Element add(Element parent, String name) {
        return Xml.add(parent, NS, name);
    }
}
