package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galley.common.Note;
import org.galley.article.Byline;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Two people edit the same revision: the service and the API merge what does not overlap and refuse only what does. */
@IntegrationTest
class MergeOnSaveTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void readAsACorrector() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("reader", null,
                List.of(new SimpleGrantedAuthority("ROLE_CORRECTOR"))));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    static ArticleContent with(ArticleContent c, String headline, String caption, List<String> paragraphs) {
        return ArticleContent.of(c.kind(), c.kicker(), headline, c.subheadline(), c.byline(), c.dateline(), paragraphs,
                caption, c.continued(), c.lines());
    }

    Article fresh() {
        long id = data.issueWithArticles(TestData.content("Headline", "one", "two", "three")).articleIds().get(0);
        // MockMvc's user() clears the test's security context after each request, so read as someone explicitly.
        return TestData.asUser("reader", "ROLE_CORRECTOR", () -> articles.get(id));
    }

    Article saveAs(String who, Article a, ArticleContent c) {
        return TestData.asUser(who, "ROLE_CORRECTOR", () -> articles.save(a.id(), a.revision(), c, null));
    }

    @Test
    void changesToDifferentFieldsAndParagraphsAreMergedAndSavedOnTopOfTheirs() {
        Article a = fresh();
        saveAs("colleague", a, with(a.content(), "Headline", "Their caption", List.of("one", "two", "THREE")));

        Article merged = TestData.asUser("me", "ROLE_CORRECTOR", () -> articles.saveMerging(a.id(), a.revision(),
                with(a.content(), "My headline", null, List.of("ONE", "two", "three")), null));

        assertThat(merged.revision()).isEqualTo(a.revision() + 2);
        assertThat(merged.content().headline()).isEqualTo("My headline");
        assertThat(merged.content().caption()).isEqualTo("Their caption");
        assertThat(merged.content().paragraphs()).containsExactly("ONE", "two", "THREE");
        Revision last = articles.revision(a.id(), merged.revision());
        assertThat(Note.decode(last.note())).contains(new Note("history.note.merged", List.of((long) a.revision() + 1, "colleague")));
    }

    @Test
    void overlappingChangesAreRefusedWithTheBaseAndWhatOverlaps() {
        Article a = fresh();
        saveAs("colleague", a, with(a.content(), "Their headline", null, List.of("one", "two", "THREE")));

        assertThatThrownBy(() -> TestData.asUser("me", "ROLE_CORRECTOR", () -> articles.saveMerging(a.id(), a.revision(),
                with(a.content(), "My headline", null, List.of("ONE", "two", "three")), null)))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.overlapping()).containsExactly("headline");
                    assertThat(e.base().number()).isEqualTo(a.revision());
                    assertThat(e.base().content().headline()).isEqualTo("Headline");
                    assertThat(e.theirs().content().headline()).isEqualTo("Their headline");
                });
        assertThat(articles.get(a.id()).revision()).as("nothing written").isEqualTo(a.revision() + 1);
    }

    @Test
    void aPlainSaveStillConflictsAndCarriesTheBase() {
        Article a = fresh();
        saveAs("colleague", a, with(a.content(), "Headline", "Their caption", a.content().paragraphs()));
        assertThatThrownBy(() -> saveAs("me", a, with(a.content(), "Mine", null, a.content().paragraphs())))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.base().number()).isEqualTo(a.revision()));
    }

    Map<String, Object> body(Article a, String headline, List<String> paragraphs, Boolean merge) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseRevision", a.revision());
        // The API's request form: paragraphs as texts, no lines (the server keeps those).
        ArticleContent c = with(a.content(), headline, null, paragraphs);
        Map<String, Object> content = new java.util.LinkedHashMap<>();
        content.put("kind", c.kind());
        content.put("kicker", c.kicker());
        content.put("headline", c.headline());
        content.put("subheadline", c.subheadline());
        content.put("byline", c.byline());
        content.put("dateline", c.dateline());
        content.put("paragraphs", c.paragraphs());
        content.put("caption", c.caption());
        content.put("continued", c.continued());
        body.put("content", content);
        if (merge != null) {
            body.put("merge", merge);
        }
        return body;
    }

    @Test
    void theApiMergesOnRequestAndAnswers409WithTheBaseOnlyWhenSomethingOverlaps() throws Exception {
        Article a = fresh();
        saveAs("colleague", a, with(a.content(), "Headline", null, List.of("one", "two", "THREE")));

        mvc.perform(put("/api/articles/" + a.id()).with(user("script").roles("CORRECTOR")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body(a, "Headline", List.of("ONE", "two", "three"), null))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.base.revision").value(a.revision()))
                .andExpect(jsonPath("$.base.content.paragraphs[2].text").value("three"))
                .andExpect(jsonPath("$.theirs.content.paragraphs[2].text").value("THREE"));

        mvc.perform(put("/api/articles/" + a.id()).with(user("script").roles("CORRECTOR")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body(a, "Headline", List.of("ONE", "two", "three"), true))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(a.revision() + 2))
                .andExpect(jsonPath("$.content.paragraphs[*].text").value(org.hamcrest.Matchers.contains("ONE", "two", "THREE")));

        Article b = fresh();
        saveAs("colleague", b, with(b.content(), "Headline", null, List.of("one", "2 theirs", "three")));
        mvc.perform(put("/api/articles/" + b.id()).with(user("script").roles("CORRECTOR")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body(b, "Headline", List.of("one", "2 mine", "three"), true))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.overlapping[0]").value("paragraphs@1"))
                .andExpect(jsonPath("$.base.content.paragraphs[1].text").value("two"));
        assertThat(TestData.asUser("reader", "ROLE_CORRECTOR", () -> articles.get(b.id())).content().paragraphs())
                .containsExactly("one", "2 theirs", "three");
    }

    @Test
    void revisionNotesComeWithTheirKeyAndInTheReadersLanguage() throws Exception {
        Article a = fresh();
        TestData.asUser("me", "ROLE_CORRECTOR", () -> articles.split(a.id(), a.revision(), 1));

        mvc.perform(get("/api/articles/" + a.id() + "/revisions").with(user("script").roles("CORRECTOR")))
                .andExpect(jsonPath("$[1].noteKey").value("history.note.split"))
                .andExpect(jsonPath("$[1].noteArgs[0]").value(2))
                .andExpect(jsonPath("$[1].note").value("split at paragraph 2"));
        mvc.perform(get("/api/articles/" + a.id() + "/revisions").header("Accept-Language", "zh-CN").with(user("script").roles("CORRECTOR")))
                .andExpect(jsonPath("$[1].note").value("在第 2 段处拆分"));
    }

    @Test
    void anOldEnglishNoteIsReturnedAsStored() throws Exception {
        Article a = fresh();
        TestData.asUser("me", "ROLE_CORRECTOR", () -> articles.save(a.id(), a.revision(),
                with(a.content(), "New", null, a.content().paragraphs()), "split at paragraph 3"));
        mvc.perform(get("/api/articles/" + a.id() + "/revisions").header("Accept-Language", "zh-CN").with(user("script").roles("CORRECTOR")))
                .andExpect(jsonPath("$[1].note").value("split at paragraph 3"))
                .andExpect(jsonPath("$[1].noteKey").doesNotExist());
    }
}
