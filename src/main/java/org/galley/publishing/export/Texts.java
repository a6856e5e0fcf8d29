package org.galley.publishing.export;

import java.util.ArrayList;
import java.util.List;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;

/** Small helpers shared by the formats: people with their roles, the title of an article without a headline. */
final class Texts {

    private Texts() {
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static String title(ArticleContent c) {
        String t = c.title();
        return t.isBlank() ? "(untitled)" : t;
    }

    /** "记者 李雨婷 张三 · 通讯员 …" in Chinese, "By A, B · Correspondents …" in English. */
    static String bylineLine(Byline b, boolean chinese) {
        List<String> parts = new ArrayList<>();
        if (!b.reporters().isEmpty()) {
            parts.add((chinese ? "记者 " : "By ") + String.join(chinese ? " " : ", ", b.reporters()));
        }
        if (!b.correspondents().isEmpty()) {
            parts.add((chinese ? "通讯员 " : "Correspondents: ") + String.join(chinese ? " " : ", ", b.correspondents()));
        }
        if (!b.photographers().isEmpty()) {
            parts.add((chinese ? "摄影 " : "Photos: ") + String.join(chinese ? " " : ", ", b.photographers()));
        }
        return String.join(" · ", parts);
    }

    static List<String> people(Byline b) {
        List<String> all = new ArrayList<>(b.reporters());
        all.addAll(b.correspondents());
        all.addAll(b.photographers());
        return all;
    }

    static boolean chinese(ExportIssue issue) {
        return issue.language() == null || issue.language().startsWith("zh");
    }
}
