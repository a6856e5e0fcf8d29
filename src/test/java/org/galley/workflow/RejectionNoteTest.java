package org.galley.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.common.AuditTrail;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A rejection note reaches the article (and its API) and the audit, and goes away when the article is resubmitted. */
@IntegrationTest
class RejectionNoteTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;

    @Test
    void theNoteIsOnTheArticleInTheApiAndInTheAuditUntilResubmitted() throws Exception {
        long id = data.issueWithArticles(TestData.content("Headline", "one")).articleIds().get(0);
        TestData.asUser("chief", "ROLE_EDITOR", () -> workflow.reject(id, "  第二段人名有误  "));

        Article rejected = TestData.asUser("c", "ROLE_CORRECTOR", () -> articles.get(id));
        assertThat(rejected.stateNote()).isEqualTo("第二段人名有误");
        mvc.perform(get("/api/articles/" + id).with(user("script").roles("CORRECTOR")))
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.stateNote").value("第二段人名有误"));
        assertThat(TestData.asUser("a", "ROLE_ADMIN", () -> audit.recent(50))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("article.reject");
            assertThat(e.target()).isEqualTo("article:" + id);
            assertThat(e.actor()).isEqualTo("chief");
            assertThat(e.detail()).isEqualTo("第二段人名有误");
        });

        TestData.asUser("c", "ROLE_CORRECTOR", () -> workflow.submit(id));
        assertThat(TestData.asUser("c", "ROLE_CORRECTOR", () -> articles.get(id)).stateNote()).isNull();
        mvc.perform(get("/api/articles/" + id).with(user("script").roles("CORRECTOR")))
                .andExpect(jsonPath("$.state").value("CORRECTED"))
                .andExpect(jsonPath("$.stateNote").doesNotExist());
    }

    @Test
    void theRejectCallAnswersWithTheNote() throws Exception {
        long id = data.issueWithArticles(TestData.content("Headline", "one")).articleIds().get(0);
        mvc.perform(post("/api/articles/" + id + "/reject").with(user("chief").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"byline missing\"}"))
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.stateNote").value("byline missing"));
    }
}
