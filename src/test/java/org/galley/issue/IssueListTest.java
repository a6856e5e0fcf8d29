package org.galley.issue;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.common.UserFacingException;
import org.galley.issue.ui.IssuesView;
import org.galley.publishing.PublishingService;
import org.galley.security.Role;
import org.galley.article.Byline;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The issue list counts what the issue view shows (live articles, not furniture) and says what was published. */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class IssueListTest {

    @Autowired
    TestData data;
    @Autowired
    IssueService issues;
    @Autowired
    ArticleService articles;
    @Autowired
    PublishingService publishing;
    @Autowired
    JdbcClient jdbc;

    static ArticleContent furniture(String text) {
        return ArticleContent.of("furniture", null, null, null, Byline.empty(), null, List.of(text), null, false, List.of());
    }

    IssueSummary find(long issueId) {
        return TestData.asUser("lister", "ROLE_CORRECTOR", () -> issues.find(issueId).orElseThrow());
    }

    IssueSummary listed(long issueId) {
        return TestData.asUser("lister", "ROLE_CORRECTOR",
                () -> issues.list().stream().filter(i -> i.id() == issueId).findFirst().orElseThrow());
    }

    @Test
    void theCountsLeaveOutAMergedAwayArticleAndPageFurniture() {
        TestData.Fixture f = data.issueWithArticles(TestData.content("One", "a"), TestData.content("Two", "b"),
                TestData.content("Three", "c"), furniture("Weather: sunny"));
        TestData.asUser("corrector", "ROLE_CORRECTOR", () -> articles.merge(f.articleIds().get(0), 1, f.articleIds().get(1), 1));
        int shown = TestData.asUser("lister", "ROLE_CORRECTOR", () -> articles.byIssue(f.issueId())).size() - 1; // less furniture
        for (IssueSummary s : List.of(find(f.issueId()), listed(f.issueId()))) {
            assertThat(s.articles()).isEqualTo(2).isEqualTo(shown);
            assertThat(s.articlesByState()).isEqualTo(Map.of("DRAFT", 2));
        }
    }

    @Test
    void thePublishedVersionAndDateAreShownAndAWithdrawalSaysSo() {
        TestData.Fixture f = data.issueWithArticles(TestData.content("Only", "text"));
        assertThat(find(f.issueId()).publishedVersion()).isNull();
        TestData.asUser("editor", "ROLE_EDITOR", () -> data.approveAllAndPublish(f.issueId()));
        IssueSummary published = find(f.issueId());
        assertThat(published.publishedVersion()).isEqualTo(1);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(published.isPublished()).isTrue();
        assertThat(listed(f.issueId()).publishedVersion()).isEqualTo(1);

        Karibu.login("lister", Role.CORRECTOR);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(IssuesView.class);
        @SuppressWarnings("unchecked")
        Grid<IssueSummary> grid = _get(Grid.class, spec -> spec.withId("issues"));
        int row = GridKt._findAll(grid).stream().map(IssueSummary::id).toList().indexOf(f.issueId());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale())
                .format(published.publishedAt().atZone(ZoneId.systemDefault()));
        assertThat(GridKt._getFormatted(grid, row, "published")).contains("1").contains(date);

        TestData.asUser("editor", "ROLE_EDITOR", () -> {
            publishing.unpublish(f.issueId());
            return null;
        });
        IssueSummary withdrawn = find(f.issueId());
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.isPublished()).isFalse();
    }

    @Test
    void anExistingNewspaperAskedForInAnotherLanguageIsRefusedSayingSoAndChangesNothing() {
        String title = "Tribune " + UUID.randomUUID();
        TestData.asUser("creator", "ROLE_CORRECTOR", () -> issues.create(new NewIssue(title, LocalDate.of(1925, 5, 1), "", null, "en")));
        long before = jdbc.sql("select count(*) from issue").query(Long.class).single();
        assertThatThrownBy(() -> TestData.asUser("creator", "ROLE_CORRECTOR",
                () -> issues.create(new NewIssue(title, LocalDate.of(1925, 5, 2), "", null, "zh"))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("issue.error.titleLanguage");
                    assertThat(e.args()).containsExactly(title, "en", "zh");
                });
        assertThat(jdbc.sql("select count(*) from issue").query(Long.class).single()).isEqualTo(before);
        // The same language, or none, is the same newspaper.
        TestData.asUser("creator", "ROLE_CORRECTOR", () -> issues.create(new NewIssue(title, LocalDate.of(1925, 5, 3), "", null, null)));
        TestData.asUser("creator", "ROLE_CORRECTOR", () -> issues.create(new NewIssue(title, LocalDate.of(1925, 5, 4), "", null, "EN")));
    }
}
