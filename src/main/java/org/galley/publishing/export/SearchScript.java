package org.galley.publishing.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export's client-side search: {@code search.js} (fixed code, shipped as is) and {@code search-data.js}
 * (this issue's articles as a JSON literal assigned to {@code window.GALLEY_SEARCH}). The data is a script,
 * not a JSON file, because a page opened from file:// may not fetch its neighbours but may load scripts.
 */
public final class SearchScript {

    static final String CODE_FILE = "search.js";
    static final String DATA_FILE = "search-data.js";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String CODE = load();

    private SearchScript() {
    }

    static String code() {
        return CODE;
    }

    public static String data(ExportIssue issue) {
        List<String> names = Slugs.forIssue(issue);
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < issue.articles().size(); i++) {
            ExportArticle a = issue.articles().get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", Texts.title(a.content()));
            entry.put("href", "articles/" + names.get(i) + ".html");
            entry.put("page", ArticleHtml.pages(issue, a));
            entry.put("text", ArticleText.render(issue, a));
            articles.add(entry);
        }
        try {
            return "window.GALLEY_SEARCH = " + scriptSafe(JSON.writeValueAsString(Map.of("articles", articles))) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSON is a JavaScript literal once the two line separators JavaScript engines before ES2019 refuse are
     * escaped; {@code <}, {@code >} and {@code &} are escaped too, so the data stays inert even if someone
     * pastes it into an inline script ({@code </script>} cannot close it). They only occur inside strings.
     */
    static String scriptSafe(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String load() {
        try (InputStream in = SearchScript.class.getResourceAsStream(CODE_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CODE_FILE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
