package org.galley.publishing.export;

import java.util.List;
import java.util.Map;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The issue as METS 1.12.1, the container libraries ingest newspapers in (NDNP, ENMAP): MODS for the issue and
 * for each article; a file section listing the pages' ALTO, the TEI and each article's files; a physical
 * structure map of pages and a logical one of articles, each article's div pointing at the ALTO text blocks
 * that hold it ({@code area BETYPE="IDREF"}) and at its own text file; and links from each article to its
 * pages. Valid against mets.xsd (checked by a test; MODS sits in {@code xmlData}, which METS checks laxly).
 */
final class Mets {

    static final String NS = "http://www.loc.gov/METS/";
    static final String MODS = "http://www.loc.gov/mods/v3";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Mets() {
    }

    static String render(ExportIssue issue, AltoPages alto, List<String> slugs) {
        Document doc = Xml.newDocument();
        Element mets = doc.createElementNS(NS, "mets:mets");
        mets.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:mods", MODS);
        mets.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", XLINK);
        mets.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        mets.setAttributeNS(XSI, "xsi:schemaLocation", NS + " http://www.loc.gov/standards/mets/version1121/mets.xsd "
                + MODS + " http://www.loc.gov/standards/mods/v3/mods-3-8.xsd");
        mets.setAttribute("OBJID", "galley-issue-" + issue.issueId() + "-v" + issue.publicationVersion());
        mets.setAttribute("TYPE", "Newspaper");
        mets.setAttribute("LABEL", issue.newspaperTitle() + ", " + issue.date());
        doc.appendChild(mets);

        Element hdr = add(mets, "metsHdr");
        hdr.setAttribute("CREATEDATE", issue.publishedAt().toString());
        Element agent = add(hdr, "agent");
        agent.setAttribute("ROLE", "CREATOR");
        agent.setAttribute("TYPE", "OTHER");
        agent.setAttribute("OTHERTYPE", "SOFTWARE");
        Xml.text(agent, NS, "mets:name", "Galley");

        issueMods(dmd(mets, "DMD_ISSUE"), issue);
        for (ExportArticle a : issue.articles()) {
            articleMods(dmd(mets, "DMD_ART" + a.articleId()), issue, a);
        }

        Element fileSec = add(mets, "fileSec");
        Element altoGroup = add(fileSec, "fileGrp");
        altoGroup.setAttribute("USE", "ALTO");
        for (AltoPages.PageText p : alto.pages) {
            file(altoGroup, altoId(p.page()), "text/xml", Alto.fileName(p.page()));
        }
        Element textGroup = add(fileSec, "fileGrp");
        textGroup.setAttribute("USE", "TEXT");
        file(textGroup, "TEI", "application/tei+xml", "tei.xml");
        for (int i = 0; i < issue.articles().size(); i++) {
            long id = issue.articles().get(i).articleId();
            file(textGroup, "TXT_ART" + id, "text/plain", "articles/" + slugs.get(i) + ".txt");
            file(textGroup, "HTML_ART" + id, "text/html", "articles/" + slugs.get(i) + ".html");
            file(textGroup, "NITF_ART" + id, "application/vnd.iptc.nitf+xml", "articles/" + slugs.get(i) + ".nitf.xml");
        }

        Element physical = add(mets, "structMap");
        physical.setAttribute("TYPE", "PHYSICAL");
        Element sequence = add(physical, "div");
        sequence.setAttribute("TYPE", "physSequence");
        sequence.setAttribute("ID", "PHYS");
        for (AltoPages.PageText p : alto.pages) {
            Element page = add(sequence, "div");
            page.setAttribute("TYPE", "page");
            page.setAttribute("ID", physId(p.page()));
            page.setAttribute("ORDER", String.valueOf(p.page().pageNumber()));
            page.setAttribute("ORDERLABEL", String.valueOf(p.page().pageNumber()));
            add(page, "fptr").setAttribute("FILEID", altoId(p.page()));
        }

        Element logical = add(mets, "structMap");
        logical.setAttribute("TYPE", "LOGICAL");
        Element issueDiv = add(logical, "div");
        issueDiv.setAttribute("TYPE", "issue");
        issueDiv.setAttribute("ID", "LOG_ISSUE");
        issueDiv.setAttribute("DMDID", "DMD_ISSUE");
        issueDiv.setAttribute("LABEL", issue.newspaperTitle() + ", " + issue.date());
        int order = 0;
        for (ExportArticle a : issue.articles()) {
            Element div = add(issueDiv, "div");
            div.setAttribute("TYPE", "article");
            div.setAttribute("ID", "LOG_ART" + a.articleId());
            div.setAttribute("DMDID", "DMD_ART" + a.articleId());
            div.setAttribute("ORDER", String.valueOf(++order));
            div.setAttribute("LABEL", Texts.title(a.content()));
            List<Map.Entry<ExportPage, String>> blocks = alto.blocksOfArticle.getOrDefault(a.articleId(), List.of());
            if (!blocks.isEmpty()) {
                Element seq = add(add(div, "fptr"), "seq");
                for (Map.Entry<ExportPage, String> b : blocks) {
                    Element area = add(seq, "area");
                    area.setAttribute("FILEID", altoId(b.getKey()));
                    area.setAttribute("BETYPE", "IDREF");
                    area.setAttribute("BEGIN", b.getValue());
                }
            }
            add(div, "fptr").setAttribute("FILEID", "TXT_ART" + a.articleId());
        }

        Element links = add(mets, "structLink");
        for (ExportArticle a : issue.articles()) {
            List<Map.Entry<ExportPage, String>> blocks = alto.blocksOfArticle.getOrDefault(a.articleId(), List.of());
            blocks.stream().map(Map.Entry::getKey).distinct().forEach(page -> {
                Element link = add(links, "smLink");
                link.setAttributeNS(XLINK, "xlink:from", "LOG_ART" + a.articleId());
                link.setAttributeNS(XLINK, "xlink:to", physId(page));
            });
        }
        if (!links.hasChildNodes()) {
            mets.removeChild(links);
        }
        return Xml.serialize(doc, true);
    }

    static String altoId(ExportPage p) {
        return String.format("ALTO%04d", p.pageNumber());
    }

    static String physId(ExportPage p) {
        return String.format("PHYS%04d", p.pageNumber());
    }

    private static Element add(Element parent, String name) {
        return Xml.add(parent, NS, "mets:" + name);
    }

    private static void file(Element group, String id, String mime, String href) {
        Element file = add(group, "file");
        file.setAttribute("ID", id);
        file.setAttribute("MIMETYPE", mime);
        Element loc = add(file, "FLocat");
        loc.setAttribute("LOCTYPE", "URL");
        loc.setAttributeNS(XLINK, "xlink:href", href);
    }

    private static Element dmd(Element mets, String id) {
        Element sec = add(mets, "dmdSec");
        sec.setAttribute("ID", id);
        Element wrap = add(sec, "mdWrap");
        wrap.setAttribute("MDTYPE", "MODS");
        Element mods = Xml.add(add(wrap, "xmlData"), MODS, "mods:mods");
        mods.setAttribute("version", "3.8");
        return mods;
    }

    private static Element mods(Element parent, String name) {
        return Xml.add(parent, MODS, "mods:" + name);
    }

    private static Element mods(Element parent, String name, String text) {
        return Xml.text(parent, MODS, "mods:" + name, text);
    }

    private static void issueMods(Element m, ExportIssue issue) {
        mods(mods(m, "titleInfo"), "title", issue.newspaperTitle());
        mods(m, "typeOfResource", "text");
        mods(m, "genre", "issue").setAttribute("authority", "marcgt");
        Element origin = mods(m, "originInfo");
        mods(origin, "dateIssued", issue.date().toString()).setAttribute("encoding", "iso8601");
        if (Texts.present(issue.edition())) {
            mods(origin, "edition", issue.edition());
        }
        language(m, issue);
        if (Texts.present(issue.number())) {
            Element detail = mods(mods(m, "part"), "detail");
            detail.setAttribute("type", "issue");
            mods(detail, "number", issue.number());
        }
        mods(m, "identifier", "galley-issue-" + issue.issueId() + "-v" + issue.publicationVersion()).setAttribute("type", "local");
    }

    private static void articleMods(Element m, ExportIssue issue, ExportArticle a) {
        ArticleContent c = a.content();
        Element title = mods(m, "titleInfo");
        mods(title, "title", Texts.title(c));
        if (Texts.present(c.subheadline())) {
            mods(title, "subTitle", c.subheadline());
        }
        Byline b = c.byline();
        names(m, b.reporters(), "aut", "author");
        names(m, b.correspondents(), "aut", "author");
        names(m, b.photographers(), "pht", "photographer");
        mods(m, "typeOfResource", "text");
        mods(m, "genre", c.kind());
        language(m, issue);
        Element host = mods(m, "relatedItem");
        host.setAttribute("type", "host");
        mods(mods(host, "titleInfo"), "title", issue.newspaperTitle());
        Element part = mods(m, "part");
        Element extent = mods(part, "extent");
        extent.setAttribute("unit", "pages");
        mods(extent, "start", String.valueOf(a.pageNumber()));
        mods(m, "identifier", "galley-article-" + a.articleId() + "-r" + a.revision()).setAttribute("type", "local");
    }

    private static void names(Element m, List<String> people, String code, String term) {
        for (String person : people) {
            if (!Texts.present(person)) {
                continue;
            }
            Element name = mods(m, "name");
            name.setAttribute("type", "personal");
            mods(name, "namePart", person);
            Element role = mods(name, "role");
            Element roleCode = mods(role, "roleTerm", code);
            roleCode.setAttribute("type", "code");
            roleCode.setAttribute("authority", "marcrelator");
            mods(role, "roleTerm", term).setAttribute("type", "text");
        }
    }

    private static void language(Element m, ExportIssue issue) {
        if (Texts.present(issue.language())) {
            Element term = mods(mods(m, "language"), "languageTerm", issue.language());
            term.setAttribute("type", "code");
            term.setAttribute("authority", "rfc5646");
        }
    }
}
