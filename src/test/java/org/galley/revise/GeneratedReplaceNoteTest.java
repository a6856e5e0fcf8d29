package org.galley.revise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galley.article.ArticleService;
import org.galley.article.Revision;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The note find and replace writes when the user gives none stays within the note limit, however long the texts. */
@IntegrationTest
class GeneratedReplaceNoteTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviseService revise;

    @Test
    void aLongReplacementWithNoNoteIsAppliedWithTheTextsShortenedInTheNote() {
        Fixture f = data.issueWithArticles(TestData.content("Harbour", "The harbour opened."));
        String replace = "x".repeat(1990);
        Replacement r = new Replacement("harbour", replace, false, false);

        ChangeSet.Result result = TestData.asUser("note-corrector", "ROLE_CORRECTOR", () -> revise.apply(f.issueId(), r,
                revise.preview(f.issueId(), r).stream().map(Match::selection).toList(), null));

        assertThat(result.skipped()).isEmpty();
        List<Revision> history = TestData.asUser("note-corrector", "ROLE_CORRECTOR", () -> articles.history(f.articleIds().get(0)));
        Revision last = history.get(history.size() - 1);
        assertThat(String.join("", last.content().paragraphs())).contains(replace);
        assertThat(last.note()).hasSizeLessThan(2_000).contains("x".repeat(100) + "…").doesNotContain("x".repeat(101));
    }

    @Test
    void shortTextsAreQuotedWhole() {
        assertThat(ReviseService.abbreviate("独山港")).isEqualTo("独山港");
        assertThat(ReviseService.abbreviate("𠀀".repeat(101))).as("whole code points").isEqualTo("𠀀".repeat(100) + "…");
    }
}
