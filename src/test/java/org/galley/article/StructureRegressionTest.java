package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.galley.editor.EditorService;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Findings 1, 2 and 12 of issue 9, on the demo page as the reporter saw them. */
@IntegrationTest
class StructureRegressionTest {

    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired ImportService importer;
    @Autowired ArticleService articles;
    @Autowired EditorService editor;

    private ImportResult importPages(String... resources) throws Exception {
        List<PageFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < resources.length; i++) {
            try (var in = getClass().getResourceAsStream(resources[i])) {
                files.add(new PageFile("page-" + (i + 1) + ".txt", in.readAllBytes()));
            }
        }
        return importer.importIssue(new NewIssue("Regression " + System.nanoTime(),
                LocalDate.of(1950, 1, 1).plusDays(DAY.incrementAndGet()), "", null, "zh"), files, null);
    }

    private Article byHeadline(long pageId, String start) {
        return articles.byPage(pageId).stream().filter(a -> a.content().headline() != null && a.content().headline().startsWith(start))
                .findFirst().orElseThrow();
    }

    private static SortedSet<Integer> lines(Article a, long pageId) {
        return LineRef.numbers(a.content().lines()).getOrDefault(pageId, new java.util.TreeSet<>());
    }

    @Test
    void newArticleFromLinesTakesTheTextOutOfTheArticleThatHadIt() throws Exception {
        TestData.asUser("reg-corrector", "ROLE_CORRECTOR", () -> {
            long pageId = importPages("/article/demo-page.txt").pageIds().get(0);
            Article original = byHeadline(pageId, "我市志愿服务");
            int paragraphsBefore = original.content().body().size();
            Article created = editor.createFromLines(pageId, 34, 36, "news", original.id());
            Article after = articles.get(original.id());
            String taken = String.join("", created.content().paragraphs()).replaceAll("\\s", "");
            assertThat(taken).isNotEmpty();
            assertThat(String.join("", after.content().paragraphs()).replaceAll("\\s", "")).doesNotContain(taken);
            assertThat(after.content().body()).hasSizeLessThan(paragraphsBefore);
            assertThat(lines(after, pageId)).doesNotContain(34, 35, 36);
            assertThat(lines(created, pageId)).contains(34, 35, 36);
            assertThat(articles.invariantViolations(pageId)).isEmpty();
            return null;
        });
    }

    @Test
    void splitLeavesTheTitlesWithTheHeadlineAndMovedParagraphsTakeTheirLines() throws Exception {
        TestData.asUser("reg-corrector", "ROLE_CORRECTOR", () -> {
            long pageId = importPages("/article/demo-page.txt").pageIds().get(0);
            Article port = byHeadline(pageId, "独山港");
            SortedSet<Integer> headlineLines = new java.util.TreeSet<>();
            List<String> raw = editor.layout(pageId).lines();
            String headline = port.content().headline().replaceAll("\\s", "");
            for (int n : lines(port, pageId)) {
                String s = raw.get(n - 1).replaceAll("[\\s■]", "");
                if (!s.isEmpty() && headline.contains(s)) {
                    headlineLines.add(n);
                }
            }
            assertThat(headlineLines).isNotEmpty();
            List<Article> parts = articles.split(port.id(), port.revision(), 4);
            Article first = articles.get(port.id());
            Article second = parts.get(parts.size() - 1);
            assertThat(lines(first, pageId)).containsAll(headlineLines);
            assertThat(lines(second, pageId)).doesNotContainAnyElementsOf(headlineLines);

            Article from = articles.byPage(pageId).stream().filter(a -> String.join("", a.content().paragraphs()).contains("一升一降"))
                    .findFirst().orElseThrow();
            Article to = byHeadline(pageId, "打造");
            int moved = from.content().body().size() - 1;
            SortedSet<Integer> targetBefore = lines(to, pageId);
            articles.moveParagraphs(from.id(), from.revision(), to.id(), to.revision(), List.of(moved));
            Article target = articles.get(to.id());
            assertThat(lines(target, pageId)).hasSizeGreaterThan(targetBefore.size());
            SortedSet<Integer> gained = new java.util.TreeSet<>(lines(target, pageId));
            gained.removeAll(targetBefore);
            var roles = editor.layout(pageId).roles();
            assertThat(gained).allSatisfy(n -> assertThat(roles.get(n - 1).articleId()).isEqualTo(to.id()));
            assertThat(articles.invariantViolations(pageId)).isEmpty();
            return null;
        });
    }

    @Test
    void mergeAcrossPagesOfOneIssueKeepsEachLineOnItsOwnPage() throws Exception {
        TestData.asUser("reg-corrector", "ROLE_CORRECTOR", () -> {
            ImportResult r = importPages("/article/demo-page.txt", "/article/tribune-page.txt");
            long pageA = r.pageIds().get(0);
            long pageB = r.pageIds().get(1);
            Article a = articles.byPage(pageA).get(0);
            Article b = articles.byPage(pageB).get(0);
            SortedSet<Integer> bLines = lines(b, pageB);
            SortedSet<Integer> aLines = lines(a, pageA);
            articles.merge(a.id(), a.revision(), b.id(), b.revision());
            Article merged = articles.get(a.id());
            assertThat(lines(merged, pageA)).isEqualTo(aLines);
            assertThat(lines(merged, pageB)).isEqualTo(bLines);
            assertThat(articles.byIssue(r.issueId())).extracting(Article::id).doesNotContain(b.id());
            assertThat(articles.invariantViolations(pageA)).isEmpty();
            assertThat(articles.invariantViolations(pageB)).isEmpty();
            return null;
        });
    }
}
