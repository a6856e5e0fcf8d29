package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Bad article and issue bodies on the API: each answered 400 (or 413) with a message, and nothing stored. */
@IntegrationTest
class InputBoundsApiTest {

    static final RequestPostProcessor CORRECTOR = user("bounds-corrector").roles("CORRECTOR");
    static final RequestPostProcessor EDITOR = user("bounds-editor").roles("EDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;

    long article() {
        return data.issueWithArticles(TestData.content("Original", "Text.")).articleIds().get(0);
    }

    static String body(int base, String kind, String headline, String byline) {
        return "{\"baseRevision\":" + base + ",\"content\":{\"kind\":\"" + kind + "\",\"headline\":\"" + headline
                + "\",\"paragraphs\":[\"Text.\"],\"byline\":" + byline + ",\"lines\":[]}}";
    }

    static final String BYLINE = "{\"reporters\":[],\"correspondents\":[],\"photographers\":[]}";

    ResultActions save(long id, String json, RequestPostProcessor who) throws Exception {
        return mvc.perform(put("/api/articles/" + id).with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    int currentRevision(long id) {
        return TestData.asUser("reader", "ROLE_CORRECTOR", () -> articles.get(id).revision());
    }

    void refusedWithMessage(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status)).andExpect(jsonPath("$.error").isNotEmpty()).andExpect(jsonPath("$.code").isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"furniture", "advert"})
    void aCorrectorCannotTakeAnArticleOutOfPublicationThroughTheApi(String kind) throws Exception {
        long id = article();
        refusedWithMessage(save(id, body(1, kind, "Gone", BYLINE), CORRECTOR), 403);
        assertThat(currentRevision(id)).isEqualTo(1);
        save(id, body(1, kind, "Gone", BYLINE), EDITOR).andExpect(status().isOk()).andExpect(jsonPath("$.content.kind").value(kind));
        // And back again is the editor's decision too.
        refusedWithMessage(save(id, body(2, "news", "Back", BYLINE), CORRECTOR), 403);
        assertThat(currentRevision(id)).isEqualTo(2);
    }

    @Test
    void aCorrectorMayStillChangeOneOrdinaryKindIntoAnother() throws Exception {
        long id = article();
        save(id, body(1, "brief", "Short", BYLINE), CORRECTOR).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0001", "\\u001f", "\\ufffe", "\\uffff", "\\ud800", "\\udc00", "\\ufdd0", "\\ud83f\\udfff"})
    void aHeadlineWithACharacterNoExportCanWriteIsRefused(String escaped) throws Exception {
        long id = article();
        refusedWithMessage(save(id, body(1, "news", "Bad" + escaped + "title", BYLINE), CORRECTOR), 400);
        assertThat(currentRevision(id)).isEqualTo(1);
    }

    @Test
    void aNoteWithNulIsRefused() throws Exception {
        long id = article();
        String json = body(1, "news", "Fine", BYLINE).replace("}}", "},\"note\":\"why\\u0000\"}");
        refusedWithMessage(save(id, json, CORRECTOR), 400);
        assertThat(currentRevision(id)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 2, 99})
    void aBaseRevisionTheArticleNeverHadIsABadRequest(int base) throws Exception {
        long id = article();
        refusedWithMessage(save(id, body(base, "news", "Edited", BYLINE), CORRECTOR), 400);
        assertThat(currentRevision(id)).isEqualTo(1);
    }

    @Test
    void aBylineMissingAListIsABadRequest() throws Exception {
        long id = article();
        save(id, body(1, "news", "Edited", "{\"reporters\":[\"Ann\"]}"), CORRECTOR).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("article.error.byline"));
        assertThat(currentRevision(id)).isEqualTo(1);
    }

    @Test
    void tooManyLineSpansAreRefused() throws Exception {
        long id = article();
        StringBuilder spans = new StringBuilder();
        for (int i = 1; i <= ContentLimits.MAX_SPANS + 1; i++) {
            spans.append(i == 1 ? "" : ",").append("{\"first\":").append(2 * i).append(",\"last\":").append(2 * i).append('}');
        }
        String json = body(1, "news", "Edited", BYLINE).replace("\"lines\":[]", "\"lines\":[" + spans + "]");
        refusedWithMessage(save(id, json, CORRECTOR), 400);
        assertThat(currentRevision(id)).isEqualTo(1);
    }

    @Test
    void moreTextThanAnArticleMayHoldIsRefused() throws Exception {
        long id = article();
        String paragraph = "x".repeat(ContentRules.MAX_PARAGRAPH);
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; i * ContentRules.MAX_PARAGRAPH <= ContentLimits.MAX_TEXT; i++) {
            paragraphs.append(i == 0 ? "" : ",").append('"').append(paragraph).append('"');
        }
        String json = body(1, "news", "Edited", BYLINE).replace("[\"Text.\"]", "[" + paragraphs + "]");
        refusedWithMessage(save(id, json, CORRECTOR), 400);
        assertThat(currentRevision(id)).isEqualTo(1);
    }

    @Test
    void aFiftyMegabytePutIsRefusedAsTooLarge() throws Exception {
        long id = article();
        String paragraph = "y".repeat(50_000);
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            paragraphs.append(i == 0 ? "" : ",").append('"').append(paragraph).append('"');
        }
        String json = body(1, "news", "Edited", BYLINE).replace("[\"Text.\"]", "[" + paragraphs + "]");
        assertThat(json.length()).isGreaterThan(50_000_000);
        refusedWithMessage(save(id, json, CORRECTOR), 413);
        assertThat(currentRevision(id)).isEqualTo(1);
    }

    @Test
    void aNumericIssueDateIsABadRequestNotTheYear57358() throws Exception {
        String title = "Numeric date " + System.nanoTime();
        refusedWithMessage(mvc.perform(post("/api/issues").with(CORRECTOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"" + title + "\",\"date\":20230301}")), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1799-12-31", "2101-01-01", "0001-01-01", "9999-12-31"})
    void anIssueYearOutsideTheConfiguredRangeIsRefused(String date) throws Exception {
        refusedWithMessage(mvc.perform(post("/api/issues").with(CORRECTOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Year " + System.nanoTime() + "\",\"date\":\"" + date + "\"}")), 400);
    }

    @Test
    void anIssueTitleWithNulIsRefused() throws Exception {
        refusedWithMessage(mvc.perform(post("/api/issues").with(CORRECTOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Nul\\u0000" + System.nanoTime() + "\",\"date\":\"1950-01-01\"}")), 400);
    }

    @Test
    void aDiffOfTwoRevisionsAnswersWithTheChangedFields() throws Exception {
        long id = article();
        save(id, body(1, "news", "Changed", BYLINE), CORRECTOR).andExpect(status().isOk());
        mvc.perform(get("/api/articles/" + id + "/diff?from=1&to=2").with(CORRECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tooLarge").value(false))
                .andExpect(jsonPath("$.fields[0].field").value("headline"));
    }
}
