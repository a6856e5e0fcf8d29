package org.galley.publishing.export;

import org.galley.article.ArticleContent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The issue as one TEI P5 document: a header naming the newspaper and date, then per article a
 * {@code div type="article"} with its kicker, headline and subheadline as {@code head}s, {@code byline},
 * {@code dateline}, paragraphs as {@code p} and the caption as a {@code figure}; a {@code pb} marks where each
 * page begins (articles are in page order).
 */
final class Tei {

    static final String NS = "http://www.tei-c.org/ns/1.0";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private Tei() {
    }

    static String render(ExportIssue issue) {
        Document doc = Xml.newDocument();
        Element tei = doc.createElementNS(NS, "TEI");
        if (Texts.present(issue.language())) {
            tei.setAttributeNS(XML, "xml:lang", issue.language());
        }
        doc.appendChild(tei);
        Element fileDesc = Xml.add(Xml.add(tei, NS, "teiHeader"), NS, "fileDesc");
        Xml.text(Xml.add(fileDesc, NS, "titleStmt"), NS, "title", issue.newspaperTitle() + ", " + issue.date());
        Element publication = Xml.add(fileDesc, NS, "publicationStmt");
        Xml.text(publication, NS, "publisher", "Galley");
        Xml.text(publication, NS, "idno", "galley-issue-" + issue.issueId() + "-v" + issue.publicationVersion());
        Xml.text(publication, NS, "date", issue.publishedAt().toString()).setAttribute("when", issue.publishedAt().toString());
        Element bibl = Xml.add(Xml.add(fileDesc, NS, "sourceDesc"), NS, "bibl");
        Xml.text(bibl, NS, "title", issue.newspaperTitle()).setAttribute("level", "j");
        Xml.text(bibl, NS, "date", issue.date().toString()).setAttribute("when", issue.date().toString());
        if (Texts.present(issue.edition())) {
            Xml.text(bibl, NS, "edition", issue.edition());
        }
        if (Texts.present(issue.number())) {
            Xml.text(bibl, NS, "biblScope", issue.number()).setAttribute("unit", "issue");
        }

        Element body = Xml.add(Xml.add(tei, NS, "text"), NS, "body");
        Integer page = null;
        for (ExportArticle a : issue.articles()) {
            if (page == null || a.pageNumber() != page) {
                page = a.pageNumber();
                Element pb = Xml.add(body, NS, "pb");
                pb.setAttribute("n", String.valueOf(page));
            }
            ArticleContent c = a.content();
            Element div = Xml.add(body, NS, "div");
            div.setAttribute("type", "article");
            div.setAttributeNS(XML, "xml:id", "article-" + a.articleId());
            if (Texts.present(c.kicker())) {
                Xml.text(div, NS, "head", c.kicker()).setAttribute("type", "kicker");
            }
            Xml.text(div, NS, "head", Texts.title(c));
            if (Texts.present(c.subheadline())) {
                Xml.text(div, NS, "head", c.subheadline()).setAttribute("type", "sub");
            }
            if (!c.byline().isEmpty()) {
                Element byline = Xml.add(div, NS, "byline");
                boolean first = true;
                for (String name : Texts.people(c.byline())) {
                    if (!first) {
                        byline.appendChild(doc.createTextNode(", "));
                    }
                    Xml.text(byline, NS, "persName", name);
                    first = false;
                }
            }
            if (Texts.present(c.dateline())) {
                Xml.text(div, NS, "dateline", c.dateline());
            }
            for (org.galley.article.Paragraph p : c.body()) {
                Element para = Xml.text(div, NS, "p", p.text());
                if (!org.galley.article.Paragraph.BODY.equals(p.role())) {
                    para.setAttribute("rend", p.role());
                }
            }
            if (Texts.present(c.caption())) {
                Xml.text(Xml.add(div, NS, "figure"), NS, "figDesc", c.caption());
            }
        }
        return Xml.serialize(doc, true);
    }
}
