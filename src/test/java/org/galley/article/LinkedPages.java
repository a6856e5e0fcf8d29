package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pages with continued stories for the tests of linking and unlinking: importing them and checking the result. */
final class LinkedPages {

    private static final AtomicInteger DAY = new AtomicInteger();

    /** Page 1 of a harbour story that jumps to page 3. */
    static final String HARBOUR_P1 = """
            独山港新码头建成投用

            本报讯 独山港新码头昨日建成投用，年吞吐能力达到五百万吨，将带动周边产业发展。
            （下转第3版）
            """;

    private LinkedPages() {
    }

    /** Page files from alternating names and texts. */
    static List<PageFile> files(String... nameAndText) {
        List<PageFile> out = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            out.add(new PageFile(nameAndText[i], nameAndText[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** A new Chinese issue (its own date) with the given pages, in one import. */
    static ImportResult importIssue(ImportService importer, String... nameAndText) {
        return importer.importIssue(new NewIssue("Linked " + UUID.randomUUID(), LocalDate.of(1960, 1, 1).plusDays(DAY.incrementAndGet()),
                "", null, "zh"), files(nameAndText), null);
    }

    /** The page numbers an article has lines on. */
    static Set<Integer> pageNumbers(JdbcClient jdbc, Article a) {
        return LineRef.numbers(a.content().lines()).keySet().stream()
                .map(p -> jdbc.sql("select page_number from page where id = :p").param("p", p).query(Integer.class).single())
                .collect(Collectors.toSet());
    }

    static void assertInvariant(ArticleService articles, JdbcClient jdbc, long issueId) {
        for (long pageId : jdbc.sql("select id from page where issue_id = :i").param("i", issueId).query(Long.class).list()) {
            assertThat(articles.invariantViolations(pageId)).as("page %d", pageId).isEmpty();
        }
    }

    /** An article's characters, white space aside. */
    static String chars(ArticleContent c) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {c.kicker(), c.headline(), c.subheadline(), c.dateline(), c.caption()}) {
            if (s != null) {
                sb.append(s);
            }
        }
        c.paragraphs().forEach(sb::append);
        return sb.toString().replaceAll("\\s+", "");
    }

    /** The characters of some articles, sorted: equal when every character is in exactly one of them. */
    static String sortedChars(List<Article> articles) {
        return sorted(articles.stream().map(a -> chars(a.content())).collect(Collectors.joining()));
    }

    static String sorted(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
