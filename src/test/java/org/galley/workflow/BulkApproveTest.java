package org.galley.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
import org.galley.common.UserFacingException;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.ApiUsers;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Approve in bulk: each at the revision seen, stale and unapprovable members left out and named; hostile bodies change nothing. */
@IntegrationTest
class BulkApproveTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    UserService users;
    @Autowired
    MockMvc mvc;
    final ObjectMapper json = new ObjectMapper();

    <T> T asEditor(java.util.concurrent.Callable<T> c) {
        return TestData.asUser("bulk-editor", "ROLE_EDITOR", c);
    }

    ArticleState state(long id) {
        return asEditor(() -> articles.get(id).state());
    }

    @Test
    void eachIsApprovedAtTheRevisionSeenAndAStaleOrExcludedMemberIsLeftOutAndNamed() {
        Fixture f = data.issueWithArticles(TestData.content("One", "a"), TestData.content("Two", "b"),
                TestData.content("Three", "c"), TestData.content("Four", "d"));
        List<Long> ids = f.articleIds();
        // The list was loaded at revision 1; then someone corrects Two, and Four is excluded.
        TestData.asUser("corrector", "ROLE_CORRECTOR", () -> articles.save(ids.get(1), 1, TestData.content("Two", "b corrected"), null));
        asEditor(() -> workflow.exclude(ids.get(3), "advert"));

        BulkApproval result = asEditor(() -> workflow.approveAll(ids.stream().map(id -> new BulkApproval.Request(id, 1)).toList()));

        assertThat(result.approved()).extracting(BulkApproval.Approved::id).containsExactly(ids.get(0), ids.get(2));
        assertThat(result.skipped()).extracting(BulkApproval.Skipped::id, BulkApproval.Skipped::reason, BulkApproval.Skipped::currentRevision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ids.get(1), "changed", 2),
                        org.assertj.core.groups.Tuple.tuple(ids.get(3), "state", 1));
        assertThat(state(ids.get(0))).isEqualTo(ArticleState.APPROVED);
        assertThat(asEditor(() -> articles.get(ids.get(0)).approvedRevision())).isEqualTo(1);
        assertThat(state(ids.get(1))).as("the stale member is not approved").isEqualTo(ArticleState.DRAFT);
        assertThat(state(ids.get(3))).isEqualTo(ArticleState.EXCLUDED);

        // Approving again: the approved ones are now in a state that cannot be approved.
        BulkApproval again = asEditor(() -> workflow.approveAll(List.of(new BulkApproval.Request(ids.get(0), 1))));
        assertThat(again.approved()).isEmpty();
        assertThat(again.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("state"));
    }

    @Test
    void aCorrectorMayNotApproveInBulk() throws Exception {
        Fixture f = data.issueWithArticles(TestData.content("Rights", "a"));
        long id = f.articleIds().get(0);
        assertThatThrownBy(() -> TestData.asUser("c", "ROLE_CORRECTOR",
                () -> workflow.approveAll(List.of(new BulkApproval.Request(id, 1))))).isInstanceOf(AccessDeniedException.class);
        var corrector = ApiUsers.create(users, Role.CORRECTOR);
        assertThat(call(corrector, "[{\"id\":" + id + ",\"revision\":1}]").getStatus()).isEqualTo(403);
        assertThat(state(id)).isEqualTo(ArticleState.DRAFT);
    }

    @Test
    void theApiApprovesAndNamesWhatItLeftOut() throws Exception {
        Fixture f = data.issueWithArticles(TestData.content("Api one", "a"), TestData.content("Api two", "b"));
        long one = f.articleIds().get(0);
        long two = f.articleIds().get(1);
        TestData.asUser("corrector", "ROLE_CORRECTOR", () -> articles.save(two, 1, TestData.content("Api two", "b2"), null));
        var editor = ApiUsers.create(users, Role.EDITOR);
        MockHttpServletResponse r = call(editor, "[{\"id\":" + one + ",\"revision\":1},{\"id\":" + two + ",\"revision\":1}]");
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(r.getContentAsString());
        assertThat(body.get("approved")).hasSize(1);
        assertThat(body.get("approved").get(0).get("id").asLong()).isEqualTo(one);
        assertThat(body.get("skipped").get(0).get("id").asLong()).isEqualTo(two);
        assertThat(body.get("skipped").get(0).get("reason").asText()).isEqualTo("changed");
        assertThat(body.get("skipped").get(0).get("message").asText()).contains(String.valueOf(two)).contains("revision 2");
    }

    @Test
    void hostileBodiesGetAClearJsonErrorAndChangeNothing() throws Exception {
        Fixture f = data.issueWithArticles(TestData.content("Hostile", "a"));
        long id = f.articleIds().get(0);
        var editor = ApiUsers.create(users, Role.EDITOR);
        String ok = "{\"id\":" + id + ",\"revision\":1}";
        StringBuilder huge = new StringBuilder("[");
        for (int i = 0; i <= BulkApproval.MAX; i++) {
            huge.append(i == 0 ? "" : ",").append("{\"id\":").append(id + i).append(",\"revision\":1}");
        }
        huge.append("]");
        Object[][] cases = {
                {"not json", 400, "error.badRequest"},
                {"{\"id\":" + id + ",\"revision\":1}", 400, "workflow.error.bulkNotList"},
                {"[]", 400, "workflow.error.bulkEmpty"},
                {"[" + ok + ",{\"id\":\"x\",\"revision\":1}]", 400, "workflow.error.bulkId"},
                {"[{\"id\":" + id + ",\"revision\":\"1\"}]", 400, "workflow.error.bulkRevisionAt"},
                {"[{\"id\":" + id + ",\"revision\":1.5}]", 400, "workflow.error.bulkRevisionAt"},
                {"[{\"id\":" + id + "}]", 400, "workflow.error.bulkRevisionAt"},
                {"[" + ok + ",7]", 400, "workflow.error.bulkItem"},
                {"[{\"id\":" + id + ",\"revision\":1,\"force\":true}]", 400, "workflow.error.bulkField"},
                {"[" + ok + "," + ok + "]", 400, "workflow.error.bulkDuplicate"},
                {"[" + ok + ",{\"id\":999999999,\"revision\":1}]", 404, "article.error.unknown"},
                {huge.toString(), 413, "workflow.error.bulkTooMany"},
        };
        for (Object[] c : cases) {
            MockHttpServletResponse r = call(editor, (String) c[0]);
            String shown = ((String) c[0]).length() > 80 ? ((String) c[0]).substring(0, 80) + "…" : (String) c[0];
            assertThat(r.getStatus()).as(shown).isEqualTo(c[1]);
            JsonNode body = json.readTree(r.getContentAsString());
            assertThat(body.get("code").asText()).as(shown).isEqualTo(c[2]);
            assertThat(body.get("error").asText()).as(shown).isNotBlank().doesNotContain("Exception");
            assertThat(state(id)).as(shown + " changes nothing").isEqualTo(ArticleState.DRAFT);
        }
        assertThatThrownBy(() -> asEditor(() -> workflow.approveAll(List.of(new BulkApproval.Request(id, 0)))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("workflow.error.bulkRevision"));
    }

    MockHttpServletResponse call(ApiUsers.ApiUser user, String body) throws Exception {
        return mvc.perform(post("/api/articles/approve").with(user.auth()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }
}
