package org.galley.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.common.GalleyI18NProvider;
import org.galley.issue.IssueService;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** The search page as a reader sees it: each hit is a link to its article, titled by its headline or as the editor titles it. */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class SearchViewTest {

    @Autowired
    TestData data;
    @Autowired
    IssueService issues;
    @Autowired
    GalleyI18NProvider i18n;

    @Test
    void aHitWithoutAHeadlineIsTitledAsTheEditorTitlesItAndStillLinksToItsArticle() {
        TestData.Fixture f = data.issueWithArticles(
                ArticleContent.of("news", null, "Sandpiper regatta postponed", null, Byline.empty(), null,
                        List.of("The sandpiper regatta is postponed by the gale."), null, false, List.of()),
                ArticleContent.of("news", null, null, null, Byline.empty(), null,
                        List.of("A sandpiper brief without any headline at all."), null, false, List.of()));
        String title = TestData.asUser("t", "ROLE_CORRECTOR", () -> issues.find(f.issueId()).orElseThrow().title());
        Karibu.login("reader", Role.CORRECTOR);

        UI.getCurrent().navigate("search", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("q", "sandpiper", "title", title)));

        List<String> titles = _find(RouterLink.class, spec -> spec.withClasses("galley-search-headline")).stream()
                .map(l -> l.getElement().getTextRecursively()).toList();
        assertThat(titles).containsExactlyInAnyOrder("Sandpiper regatta postponed",
                i18n.getTranslation("editor.untitled", Locale.ENGLISH));
        assertThat(titles).noneMatch(t -> t.startsWith("#"));
    }
}
