package org.galley.revise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Callable;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
import org.galley.common.UserFacingException;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.ApiUsers;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Find and replace across an issue: preview, untick, apply as one change set, skip what changed meanwhile, revert as a unit. */
@IntegrationTest
class FindReplaceTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    ReviseService revise;
    @Autowired
    UserService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static <T> T corrector(Callable<T> c) {
        return TestData.asUser("fr-corrector", "ROLE_CORRECTOR", c);
    }

    static <T> T editor(Callable<T> c) {
        return TestData.asUser("fr-editor", "ROLE_EDITOR", c);
    }

    Article get(long id) {
        return corrector(() -> articles.get(id));
    }

    @Test
    void untickedMatchesStayChangedArticlesAreSkippedAndARevertRestoresTheRest() {
        Fixture f = data.issueWithArticles(
                TestData.content("Smith wins", "Mr Smith said so.", "Smithson disagreed with Smith."),
                TestData.content("Council", "Smith again."),
                TestData.content("Weather", "Rain, then Smith."),
                TestData.content("Nothing here", "No match."));
        long a = f.articleIds().get(0);
        long b = f.articleIds().get(1);
        long c = f.articleIds().get(2);
        editor(() -> workflow.approve(b, 1));
        Replacement r = new Replacement("Smith", "Smyth", true, true);

        List<Match> found = corrector(() -> revise.preview(f.issueId(), r));
        assertThat(found).extracting(Match::articleId, Match::field, Match::index, Match::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple(a, "headline", 0, 0),
                org.assertj.core.groups.Tuple.tuple(a, "paragraph", 0, 3),
                org.assertj.core.groups.Tuple.tuple(a, "paragraph", 1, 24),
                org.assertj.core.groups.Tuple.tuple(b, "paragraph", 0, 0),
                org.assertj.core.groups.Tuple.tuple(c, "paragraph", 0, 11));
        Match second = found.get(1);
        assertThat(second.before()).isEqualTo("Mr ");
        assertThat(second.matched()).isEqualTo("Smith");
        assertThat(second.after()).isEqualTo(" said so.");
        assertThat(second.title()).isEqualTo("Smith wins");
        assertThat(second.pageNumber()).isEqualTo(1);

        // The user unticks the headline; meanwhile someone saves article c.
        List<Match.Selection> kept = found.stream().filter(m -> !m.field().equals("headline")).map(Match::selection).toList();
        corrector(() -> articles.save(c, 1, TestData.content("Weather", "Rain, then sun."), "their edit"));

        ChangeSet.Result result = corrector(() -> revise.apply(f.issueId(), r, kept, "spelling of the mayor's name"));

        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.articleId()).isEqualTo(c);
            assertThat(s.reason()).isEqualTo("changed");
            assertThat(s.currentRevision()).isEqualTo(2);
        });
        ChangeSet set = result.changeSet();
        assertThat(set.kind()).isEqualTo(ChangeSet.Kind.REPLACE);
        assertThat(set.actor()).isEqualTo("fr-corrector");
        assertThat(set.find()).isEqualTo("Smith");
        assertThat(set.replace()).isEqualTo("Smyth");
        assertThat(set.note()).isEqualTo("spelling of the mayor's name");
        assertThat(set.articles()).containsExactly(new ChangeSet.Entry(a, 1, 2), new ChangeSet.Entry(b, 1, 2));
        assertThat(get(a).content().headline()).as("unticked").isEqualTo("Smith wins");
        assertThat(get(a).content().paragraphs()).containsExactly("Mr Smyth said so.", "Smithson disagreed with Smyth.");
        assertThat(get(b).content().paragraphs()).containsExactly("Smyth again.");
        assertThat(get(b).state()).as("an edit voids the approval").isEqualTo(ArticleState.CORRECTED);
        assertThat(get(c).content().paragraphs()).containsExactly("Rain, then sun.");
        assertThat(corrector(() -> articles.revision(a, 2)).note()).isEqualTo("spelling of the mayor's name");
        assertThat(corrector(() -> revise.changeSets(f.issueId()))).extracting(ChangeSet::id).containsExactly(set.id());

        // A corrector may replace but not revert.
        assertThatThrownBy(() -> corrector(() -> revise.revert(set.id(), null))).isInstanceOf(AccessDeniedException.class);

        // Article b is edited after the change set: the revert leaves it out and names it.
        corrector(() -> articles.save(b, 2, TestData.content("Council", "Smyth again, edited."), null));
        ChangeSet.Result reverted = editor(() -> revise.revert(set.id(), null));
        assertThat(reverted.skipped()).extracting(ChangeSet.Skipped::articleId, ChangeSet.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(b, "changed"));
        assertThat(reverted.changeSet().kind()).isEqualTo(ChangeSet.Kind.REVERT);
        assertThat(reverted.changeSet().reverts()).isEqualTo(set.id());
        assertThat(reverted.changeSet().articles()).containsExactly(new ChangeSet.Entry(a, 2, 3));
        assertThat(get(a).revision()).isEqualTo(3);
        assertThat(get(a).content().paragraphs()).containsExactly("Mr Smith said so.", "Smithson disagreed with Smith.");
        assertThat(get(b).content().paragraphs()).containsExactly("Smyth again, edited.");
        assertThat(editor(() -> revise.changeSet(set.id())).revertedBy()).isEqualTo(reverted.changeSet().id());
        assertThatThrownBy(() -> editor(() -> revise.revert(set.id(), null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("revise.error.alreadyReverted"));
        assertThatThrownBy(() -> editor(() -> revise.revert(reverted.changeSet().id(), null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("revise.error.revertRevert"));
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        Fixture f = data.issueWithArticles(TestData.content("Refusals", "Replace me here."));
        long id = f.articleIds().get(0);
        List<Match.Selection> all = corrector(() -> revise.preview(f.issueId(), new Replacement("me", "you", false, true)))
                .stream().map(Match::selection).toList();
        Object[][] cases = {
                {new Replacement("me", "\u0001", false, true), all, "input.error.character"},
                {new Replacement("", "x", false, true), all, "revise.error.findEmpty"},
                {new Replacement("me", "me", false, true), all, "revise.error.same"},
                {new Replacement("me", "a\nb", false, true), all, "revise.error.lineBreak"},
                {new Replacement("me", "you", false, true), List.of(), "revise.error.nothingSelected"},
                {new Replacement("me", "you", false, true), List.of(new Match.Selection(id, 1, "paragraph", 0, 3)), "revise.error.noSuchMatch"},
                {new Replacement("me", "you", false, true), List.of(new Match.Selection(id, 1, "lines", 0, 8)), "revise.error.selection"},
                {new Replacement("me", "x".repeat(Replacement.MAX_REPLACE + 1), false, true), all, "article.error.tooLong"},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<Match.Selection> selected = (List<Match.Selection>) c[1];
            assertThatThrownBy(() -> corrector(() -> revise.apply(f.issueId(), (Replacement) c[0], selected, null))).as(String.valueOf(c[2]))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(c[2]));
        }
        // An article of another issue cannot be reached through this issue.
        Fixture other = data.issueWithArticles(TestData.content("Elsewhere", "Replace me too."));
        assertThatThrownBy(() -> corrector(() -> revise.apply(f.issueId(), new Replacement("me", "you", false, true),
                List.of(all.get(0), new Match.Selection(other.articleIds().get(0), 1, "paragraph", 0, 8)), null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("revise.error.notInIssue"));
        assertThat(get(id).revision()).isEqualTo(1);
        assertThat(get(other.articleIds().get(0)).revision()).isEqualTo(1);
        assertThat(corrector(() -> revise.changeSets(f.issueId()))).isEmpty();
    }

    @Test
    void theApiPreviewsAppliesAndRevertsForAnEditor() throws Exception {
        Fixture f = data.issueWithArticles(TestData.content("独山港新闻", "独三港建设加快。", "独三港码头。"));
        long id = f.articleIds().get(0);
        var editor = ApiUsers.create(users, Role.EDITOR);
        ObjectMapper json = new ObjectMapper();
        String find = "{\"find\":\"独三港\",\"replace\":\"独山港\"}";
        JsonNode preview = json.readTree(mvc.perform(post("/api/issues/" + f.issueId() + "/replace/preview").with(editor.auth())
                .contentType(MediaType.APPLICATION_JSON).content(find)).andReturn().getResponse().getContentAsString());
        assertThat(preview.get("count").asInt()).isEqualTo(2);
        JsonNode first = preview.get("matches").get(0);
        String apply = "{\"find\":\"独三港\",\"replace\":\"独山港\",\"note\":\"OCR\",\"selected\":[{\"articleId\":" + id
                + ",\"revision\":1,\"field\":\"" + first.get("field").asText() + "\",\"index\":" + first.get("index").asInt()
                + ",\"start\":" + first.get("start").asInt() + "}]}";
        var applied = mvc.perform(post("/api/issues/" + f.issueId() + "/replace").with(editor.auth())
                .contentType(MediaType.APPLICATION_JSON).content(apply)).andReturn().getResponse();
        assertThat(applied.getStatus()).isEqualTo(200);
        long setId = json.readTree(applied.getContentAsString()).get("changeSet").get("id").asLong();
        assertThat(get(id).content().paragraphs()).containsExactly("独山港建设加快。", "独三港码头。");
        var reverted = mvc.perform(post("/api/change-sets/" + setId + "/revert").with(editor.auth())).andReturn().getResponse();
        assertThat(reverted.getStatus()).isEqualTo(200);
        assertThat(get(id).content().paragraphs()).containsExactly("独三港建设加快。", "独三港码头。");
        var again = mvc.perform(post("/api/change-sets/" + setId + "/revert").with(editor.auth())).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json.readTree(again.getContentAsString()).get("code").asText()).isEqualTo("revise.error.alreadyReverted");
    }
}
