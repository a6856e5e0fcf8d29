package org.galley.publishing.export;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** {@code index.html}: the issue's table of contents, page by page, linking every article. */
public final class IndexHtml {

    private IndexHtml() {
    }

    public static String render(ExportIssue issue) {
        boolean zh = Texts.chinese(issue);
        Document doc = Html.page(issue.language(), issue.newspaperTitle() + " " + issue.date());
        Element body = doc.body();
        body.appendElement("h1").text(issue.newspaperTitle());
        body.appendElement("p").text(issue.date() + (Texts.present(issue.edition()) ? " · " + issue.edition() : "")
                + (Texts.present(issue.number()) ? " · " + (zh ? "第" + issue.number() + "期" : "No. " + issue.number()) : "")
                + " · " + (zh ? "发布版本 " : "publication ") + issue.publicationVersion());
        search(body, zh);
        List<String> names = Slugs.forIssue(issue);
        Integer page = null;
        Element list = null;
        for (int i = 0; i < issue.articles().size(); i++) {
            ExportArticle a = issue.articles().get(i);
            if (page == null || page != a.pageNumber()) {
                page = a.pageNumber();
                body.appendElement("h2").text(ArticleHtml.page(issue, a) + (Texts.present(a.section()) ? " · " + a.section() : ""));
                list = body.appendElement("ol");
            }
            list.appendElement("li").appendElement("a").attr("href", "articles/" + names.get(i) + ".html").text(Texts.title(a.content()));
        }
        body.appendElement("script").attr("src", SearchScript.DATA_FILE);
        body.appendElement("script").attr("src", SearchScript.CODE_FILE);
        return doc.outerHtml() + "\n";
    }

    /** The search form, hidden until search.js shows it (without scripts the page is the plain table of contents). */
    private static void search(Element body, boolean zh) {
        Element form = body.appendElement("form").attr("id", "search").attr("role", "search").attr("hidden", true)
                .attr("data-none", zh ? "没有找到文章" : "No article found")
                .attr("data-count", zh ? "找到 {0} 篇文章" : "{0} article(s) found");
        form.appendElement("label").attr("for", "search-query").text(zh ? "搜索本期" : "Search this issue");
        form.appendText(" ");
        form.appendElement("input").attr("type", "search").attr("id", "search-query").attr("autocomplete", "off");
        body.appendElement("p").attr("id", "search-status").attr("aria-live", "polite");
        body.appendElement("ol").attr("id", "search-results");
    }
}
