package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.galley.common.UserFacingException;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "corrector", roles = "CORRECTOR")
class ArticleStoreTest {

    @Autowired
    ArticleService store;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSaveBasedOnTheCurrentRevisionLandsAsTheNextRevisionWithAuthorAndNote() {
        Fixture f = data.issueWithArticles(TestData.content("Old", "One."));
        long id = f.articleIds().get(0);
        Article saved = store.save(id, 1, TestData.content("New", "One.", "Two."), "fixed the headline");
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.content().headline()).isEqualTo("New");
        List<Revision> history = store.history(id);
        assertThat(history).extracting(Revision::number).containsExactly(1, 2);
        assertThat(history.get(0).origin()).isEqualTo(Origin.SEGMENTER);
        assertThat(history.get(1).author()).isEqualTo("corrector");
        assertThat(history.get(1).origin()).isEqualTo(Origin.EDIT);
        assertThat(history.get(1).note()).isEqualTo("fixed the headline");
        assertThat(store.revision(id, 1).content().headline()).isEqualTo("Old");
    }

    @Test
    void aSaveFromAStaleBaseWritesNothingAndCarriesBothVersions() {
        Fixture f = data.issueWithArticles(TestData.content("Base", "Text."));
        long id = f.articleIds().get(0);
        store.save(id, 1, TestData.content("Theirs", "Text."), null);
        ArticleContent mine = TestData.content("Mine", "Text.");
        assertThatThrownBy(() -> store.save(id, 1, mine, null))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.theirs().number()).isEqualTo(2);
                    assertThat(e.theirs().content().headline()).isEqualTo("Theirs");
                    assertThat(e.yours()).isEqualTo(mine);
                    assertThat(e.kind()).isEqualTo(UserFacingException.Kind.CONFLICT);
                });
        assertThat(store.history(id)).hasSize(2);
        assertThat(store.get(id).content().headline()).isEqualTo("Theirs");
    }

    @Test
    void savingUnchangedContentAddsNoRevision() {
        Fixture f = data.issueWithArticles(TestData.content("Same", "Text."));
        long id = f.articleIds().get(0);
        assertThat(store.save(id, 1, TestData.content("Same", "Text."), null).revision()).isEqualTo(1);
        assertThat(store.history(id)).hasSize(1);
    }

    @Test
    void restoreCopiesAnOldRevisionIntoANewOne() {
        Fixture f = data.issueWithArticles(TestData.content("First", "Text."));
        long id = f.articleIds().get(0);
        store.save(id, 1, TestData.content("Second", "Text."), null);
        Article restored = store.restore(id, 1, 2, null);
        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.content().headline()).isEqualTo("First");
        assertThat(store.revision(id, 3).origin()).isEqualTo(Origin.RESTORE);
        assertThat(org.galley.common.Note.decode(store.revision(id, 3).note()))
                .contains(new org.galley.common.Note("history.note.restored", java.util.List.of(1L)));
        assertThat(store.history(id)).hasSize(3);
    }

    @Test
    void revisionsAreAppendOnlyInTheDatabaseItself() {
        Fixture f = data.issueWithArticles(TestData.content("Keep", "Text."));
        long id = f.articleIds().get(0);
        assertThatThrownBy(() -> jdbc.sql("update article_revision set note = 'x' where article_id = :id").param("id", id).update())
                .rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.sql("delete from article_revision where article_id = :id").param("id", id).update())
                .rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.sql("truncate article_revision cascade").update())
                .rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThat(store.history(id)).hasSize(1);
    }

    @Test
    void splitMakesOneNewRevisionOfTheArticleAndANewArticleRightAfterIt() {
        Fixture f = data.issueWithArticles(TestData.content("A", "a1", "a2", "a3"), TestData.content("B", "b1"));
        long a = f.articleIds().get(0);
        List<Article> touched = store.split(a, 1, 2);
        assertThat(touched).hasSize(2);
        assertThat(store.get(a).content().paragraphs()).containsExactly("a1", "a2");
        assertThat(store.get(a).revision()).isEqualTo(2);
        Article created = touched.get(1);
        assertThat(created.content().paragraphs()).containsExactly("a3");
        assertThat(created.revision()).isEqualTo(1);
        assertThat(store.byPage(f.pageId())).extracting(x -> x.content().paragraphs().get(0)).containsExactly("a1", "a3", "b1");
    }

    @Test
    void mergeJoinsTheTextAndRetiresTheOtherArticleWithItsHistoryKept() {
        Fixture f = data.issueWithArticles(TestData.content("A", "a1"), TestData.content(null, "b1", "b2"));
        long a = f.articleIds().get(0);
        long b = f.articleIds().get(1);
        Article merged = store.merge(a, 1, b, 1);
        assertThat(merged.content().paragraphs()).containsExactly("a1", "b1", "b2");
        assertThat(merged.revision()).isEqualTo(2);
        assertThat(store.byPage(f.pageId())).extracting(Article::id).containsExactly(a);
        assertThat(store.history(b)).hasSize(2);
        assertThat(org.galley.common.Note.decode(store.history(b).get(1).note()))
                .contains(new org.galley.common.Note("history.note.mergedInto", java.util.List.of(a)));
        assertThatThrownBy(() -> store.save(b, 2, TestData.content("x"), null)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aStructureChangeWithOneStaleBaseWritesNothingAtAll() {
        Fixture f = data.issueWithArticles(TestData.content("A", "a1", "a2"), TestData.content("B", "b1"));
        long a = f.articleIds().get(0);
        long b = f.articleIds().get(1);
        store.save(b, 1, TestData.content("B2", "b1"), null);
        assertThatThrownBy(() -> store.moveParagraphs(a, 1, b, 1, List.of(1))).isInstanceOf(EditConflictException.class);
        assertThat(store.get(a).revision()).isEqualTo(1);
        assertThat(store.get(a).content().paragraphs()).containsExactly("a1", "a2");
        assertThat(store.get(b).revision()).isEqualTo(2);
    }

    @Test
    void movingABylineGivesEachArticleOneNewRevision() {
        var withByline = ArticleContent.of("news", null, "A", null,
                new Byline(List.of("李雨婷"), List.of(), List.of()), null, List.of("a1"), null, false, List.of());
        Fixture f = data.issueWithArticles(withByline, TestData.content("B", "b1"));
        long a = f.articleIds().get(0);
        long b = f.articleIds().get(1);
        store.moveByline(a, 1, b, 1);
        assertThat(store.get(a).content().byline().isEmpty()).isTrue();
        assertThat(store.get(b).content().byline().reporters()).containsExactly("李雨婷");
        assertThat(store.get(a).revision()).isEqualTo(2);
        assertThat(store.get(b).revision()).isEqualTo(2);
        assertThat(store.revision(b, 2).origin()).isEqualTo(Origin.STRUCTURE);
    }

    @Test
    void badContentIsRefusedAndChangesNothing() {
        Fixture f = data.issueWithArticles(TestData.content("A", "a1"));
        long id = f.articleIds().get(0);
        assertThatThrownBy(() -> store.save(id, 1, TestData.content("x".repeat(3000), "a1"), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("article.error.tooLong"));
        assertThatThrownBy(() -> store.save(id, 1, TestData.content("A", "bad\u0000byte"), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("input.error.character"));
        assertThatThrownBy(() -> store.save(id, 1, ArticleContent.of("Not A Kind!", null, "A", null, null, null, List.of(), null, false, List.of()), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("article.error.kind"));
        assertThat(store.history(id)).hasSize(1);
    }

    @Test
    void markupIsStoredAsTypedForEscapingOnOutput() {
        Fixture f = data.issueWithArticles(TestData.content("A", "a1"));
        long id = f.articleIds().get(0);
        store.save(id, 1, TestData.content("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"), null);
        assertThat(store.get(id).content().headline()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    @WithMockUser(username = "nobody", roles = "GUEST")
    void withoutAStaffRoleNothingCanBeRead() {
        assertThatThrownBy(() -> store.get(1)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
