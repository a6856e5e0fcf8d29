package org.galley.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.article.LineRef;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.galley.support.TestData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues of several pages for the progress tests. Each page has six raw lines; each article owns two of them, so a
 * page with {@code n} articles leaves {@code 6 - 2n} lines unassigned.
 */
@Component
public class ProgressFixture {

    private static final AtomicInteger DAY = new AtomicInteger();
    private final IssueService issues;
    private final ArticleService articles;
    private final TransactionTemplate tx;

    ProgressFixture(IssueService issues, ArticleService articles, TransactionTemplate tx) {
        this.issues = issues;
        this.articles = articles;
        this.tx = tx;
    }

    public record Issue(long issueId, List<Long> pageIds, List<List<Long>> articleIds) {
    }

    /** {@code articlesPerPage[i]} articles on page i+1 (at most 3). */
    public Issue issue(int... articlesPerPage) {
        return TestData.asUser("importer", "ROLE_CORRECTOR", () -> tx.execute(status -> {
            String title = "Progress " + UUID.randomUUID();
            long issueId = issues.create(new NewIssue(title, LocalDate.of(1950, 1, 1).plusDays(DAY.incrementAndGet()), "", null, "en")).id();
            List<Long> pages = new ArrayList<>();
            List<List<Long>> ids = new ArrayList<>();
            for (int p = 0; p < articlesPerPage.length; p++) {
                String raw = String.join("\n", List.of("a" + p + " " + title, "b", "c", "d", "e", "f"));
                long pageId = issues.storePage(issueId, p + 1, null, "p" + (p + 1) + ".txt", raw, "UTF-8", "en", "{}", "importer");
                List<ArticleContent> contents = new ArrayList<>();
                for (int a = 0; a < articlesPerPage[p]; a++) {
                    contents.add(TestData.content("Page " + (p + 1) + " story " + (a + 1), "text")
                            .withLines(LineRef.compact(pageId, List.of(2 * a + 1, 2 * a + 2))));
                }
                pages.add(pageId);
                ids.add(articles.createPage(issueId, pageId, contents, List.of(), "segmenter"));
            }
            return new Issue(issueId, pages, ids);
        }));
    }
}
