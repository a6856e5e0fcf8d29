package org.galley.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.galley.article.Byline;
import org.galley.publishing.Publication;
import org.galley.publishing.PublishingService;
import org.galley.workflow.WorkflowService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds issues, pages and articles for tests, each with unique names so tests never collide. */
@Component
public class TestData {

    private static final AtomicInteger DAY = new AtomicInteger();
    private final IssueService issues;
    private final ArticleService articles;
    private final ImportService importer;
    private final WorkflowService workflow;
    private final PublishingService publishing;
    private final TransactionTemplate tx;

    TestData(IssueService issues, ArticleService articles, ImportService importer, WorkflowService workflow,
            PublishingService publishing, TransactionTemplate tx) {
        this.issues = issues;
        this.articles = articles;
        this.importer = importer;
        this.workflow = workflow;
        this.publishing = publishing;
        this.tx = tx;
    }

    public record Fixture(long issueId, long pageId, List<Long> articleIds) {
    }

    public static ArticleContent content(String headline, String... paragraphs) {
        return ArticleContent.of("news", null, headline, null, Byline.empty(), null, List.of(paragraphs), null, false, List.of());
    }

    /** An issue with one page holding the given articles, as the segmenter would have proposed them. */
    public Fixture issueWithArticles(ArticleContent... contents) {
        return issueWithArticles("Test " + UUID.randomUUID(), LocalDate.of(2001, 1, 1).plusDays(DAY.incrementAndGet()), contents);
    }

    /** An issue of this title on this date, with one page holding these articles. */
    public Fixture issueWithArticles(String title, LocalDate date, ArticleContent... contents) {
        return asUser("test-importer", "ROLE_CORRECTOR", () -> tx.execute(status -> {
            long issueId = issues.create(new NewIssue(title, date, "", null, "zh")).id();
            long pageId = issues.storePage(issueId, 1, null, "p1.txt", "raw " + title, "UTF-8", "zh", "{}", "test-importer");
            List<Long> ids = articles.createPage(issueId, pageId, List.of(contents), List.of(), "segmenter");
            return new Fixture(issueId, pageId, ids);
        }));
    }

    /** The seed page, a real front page of 平湖 (src/test/resources/importing/seed.txt), as a file holds it. */
    public static byte[] seedPage() {
        try (InputStream in = TestData.class.getResourceAsStream("/importing/seed.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed page imported by a corrector as page 1 of a new Chinese issue (the title prefix made unique). */
    public ImportResult importSeedPage(String titlePrefix, LocalDate date) {
        return asUser("importer", "ROLE_CORRECTOR", () -> importer.importIssue(
                new NewIssue(titlePrefix + " " + UUID.randomUUID(), date, "", null, "zh"),
                List.of(new PageFile("p1.txt", seedPage())), null));
    }

    /** Approves every article of the issue at its current revision, then publishes the issue, as the current user. */
    public Publication approveAllAndPublish(long issueId) {
        for (Article a : articles.byIssue(issueId)) {
            workflow.approve(a.id(), a.revision());
        }
        return publishing.publish(issueId);
    }

    public static <T> T asUser(String name, String role, Callable<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority(role))));
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
