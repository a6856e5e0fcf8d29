package org.galley.publishing.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galley.article.ArticleContent;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One HTML5 page per article, built node by node with Jsoup (text nodes are escaped by construction), with a
 * schema.org NewsArticle JSON-LD block for search engines and archives.
 */
public final class ArticleHtml {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ArticleHtml() {
    }

    public static String render(ExportIssue issue, ExportArticle article) {
        ArticleContent c = article.content();
        Document doc = Html.page(issue.language(), Texts.title(c) + " · " + issue.newspaperTitle() + " " + issue.date());
        Element head = doc.head();
        head.appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(jsonLd(issue, article)));

        Element body = doc.body().appendElement("article").addClass("kind-" + c.kind());
        Element header = body.appendElement("header");
        if (Texts.present(c.kicker())) {
            header.appendElement("p").addClass("kicker").text(c.kicker());
        }
        header.appendElement("h1").text(Texts.title(c));
        if (Texts.present(c.subheadline())) {
            header.appendElement("p").addClass("subheadline").text(c.subheadline());
        }
        String byline = Texts.bylineLine(c.byline(), Texts.chinese(issue));
        if (!byline.isEmpty()) {
            header.appendElement("p").addClass("byline").text(byline);
        }
        boolean first = true;
        for (String p : c.paragraphs()) {
            Element para = body.appendElement("p");
            if (first && Texts.present(c.dateline())) {
                para.appendElement("span").addClass("dateline").text(c.dateline());
                para.appendText(Texts.chinese(issue) ? " " : " — ");
            }
            para.appendText(p);
            first = false;
        }
        if (Texts.present(c.caption())) {
            body.appendElement("figure").appendElement("figcaption").text(c.caption());
        }
        Element footer = body.appendElement("footer");
        footer.appendElement("p").text(issue.newspaperTitle() + " · " + issue.date() + " · " + pages(issue, article)
                + (c.continued() ? (Texts.chinese(issue) ? " · 转下版" : " · continued on another page") : ""));
        footer.appendElement("p").appendElement("a").attr("href", "../index.html").text(Texts.chinese(issue) ? "目录" : "Contents");
        return doc.outerHtml() + "\n";
    }

    static String page(ExportIssue issue, ExportArticle a) {
        return Texts.chinese(issue) ? "第" + a.pageNumber() + "版" : "page " + a.pageNumber();
    }

    /** Every page the article is on: 第1、3版, pages 1, 3 (one page reads as {@link #page}). */
    static String pages(ExportIssue issue, ExportArticle a) {
        if (a.pages().size() < 2) {
            return page(issue, a);
        }
        List<String> numbers = a.pages().stream().map(String::valueOf).toList();
        return Texts.chinese(issue) ? "第" + String.join("、", numbers) + "版" : "pages " + String.join(", ", numbers);
    }

    /** JSON-LD with every "<" escaped, so no headline can close the script element. */
    static String jsonLd(ExportIssue issue, ExportArticle a) {
        ArticleContent c = a.content();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", Texts.title(c));
        List<Map<String, String>> authors = new ArrayList<>();
        for (String name : Texts.people(c.byline())) {
            authors.add(Map.of("@type", "Person", "name", name));
        }
        ld.put("author", authors);
        ld.put("datePublished", issue.date().toString());
        ld.put("printEdition", Texts.present(issue.edition()) ? issue.edition() : issue.newspaperTitle());
        ld.put("printPage", a.pages().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        if (Texts.present(a.section())) {
            ld.put("printSection", a.section());
        }
        if (Texts.present(c.dateline())) {
            ld.put("dateline", c.dateline());
        }
        ld.put("inLanguage", issue.language() == null ? "zh" : issue.language());
        ld.put("isPartOf", Map.of("@type", "PublicationIssue", "datePublished", issue.date().toString(),
                "isPartOf", Map.of("@type", "Periodical", "name", issue.newspaperTitle())));
        ld.put("articleBody", String.join("\n\n", c.paragraphs()));
        try {
            return JSON.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
