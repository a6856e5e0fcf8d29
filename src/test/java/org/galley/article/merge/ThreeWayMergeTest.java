package org.galley.article.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.galley.article.ArticleContent;
import org.galley.article.merge.ThreeWayMerge.Conflict;
import org.galley.article.merge.ThreeWayMerge.Result;
import org.galley.article.merge.ThreeWayMerge.Side;
import org.galley.article.Byline;
import org.galley.article.LineRef;
import org.galley.article.Paragraph;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    static ArticleContent content(String headline, String caption, List<String> paragraphs) {
        return ArticleContent.of("news", null, headline, null, Byline.empty(), null, paragraphs, caption, false,
                List.of(new LineRef(1L, 1, 9)));
    }

    static final List<String> BODY = List.of("one", "two", "three", "four");
    final ArticleContent base = content("Headline", "Caption", BODY);

    @Test
    void changesToDifferentFieldsBothSurvive() {
        Result r = ThreeWayMerge.merge(base, content("My headline", "Caption", BODY), content("Headline", "Their caption", BODY));

        assertThat(r.clean()).isTrue();
        assertThat(r.merged().headline()).isEqualTo("My headline");
        assertThat(r.merged().caption()).isEqualTo("Their caption");
        assertThat(r.fromTheirs()).containsExactly("caption");
        assertThat(r.fromMine()).containsExactly("headline");
    }

    @Test
    void changesToDifferentParagraphsBothSurvive() {
        Result r = ThreeWayMerge.merge(base, content("Headline", "Caption", List.of("ONE", "two", "three", "four")),
                content("Headline", "Caption", List.of("one", "two", "three", "FOUR")));

        assertThat(r.clean()).isTrue();
        assertThat(r.merged().paragraphs()).containsExactly("ONE", "two", "three", "FOUR");
        assertThat(r.fromTheirs()).containsExactly("paragraphs");
        assertThat(r.fromMine()).containsExactly("paragraphs");
    }

    @Test
    void changesToNeighbouringParagraphsDoNotOverlap() {
        Result r = ThreeWayMerge.merge(base, content("Headline", "Caption", List.of("one", "TWO", "THREE", "four")),
                content("Headline", "Caption", List.of("one", "two", "three!", "four")));

        // Mine changed 2 and 3, theirs 3: only paragraph 3 overlaps; my paragraph 2 is settled.
        assertThat(r.conflicts()).extracting(Conflict::id).containsExactly("paragraphs@2");
        assertThat(r.resolve(Map.of("paragraphs@2", Side.THEIRS)).paragraphs()).containsExactly("one", "TWO", "three!", "four");

        Result adjacent = ThreeWayMerge.merge(base, content("Headline", "Caption", List.of("one", "TWO", "three", "four")),
                content("Headline", "Caption", List.of("one", "two", "THREE", "four")));
        assertThat(adjacent.merged().paragraphs()).containsExactly("one", "TWO", "THREE", "four");
    }

    @Test
    void aParagraphAddedOrRemovedByThemKeepsMyEditElsewhere() {
        Result added = ThreeWayMerge.merge(base, content("Headline", "Caption", List.of("one", "two", "three", "FOUR")),
                content("Headline", "Caption", List.of("zero", "one", "two", "three", "four")));
        assertThat(added.merged().paragraphs()).containsExactly("zero", "one", "two", "three", "FOUR");

        Result removed = ThreeWayMerge.merge(base, content("Headline", "Caption", List.of("ONE", "two", "three", "four")),
                content("Headline", "Caption", List.of("one", "two", "four")));
        assertThat(removed.merged().paragraphs()).containsExactly("ONE", "two", "four");
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictWithBothValues() {
        Result r = ThreeWayMerge.merge(base, content("Mine", "Caption", List.of("ONE", "two", "three", "four")),
                content("Theirs", "Caption", List.of("one", "two", "three", "FOUR")));

        assertThat(r.clean()).isFalse();
        assertThat(r.conflicts()).containsExactly(new Conflict("headline", "headline", "Headline", "Mine", "Theirs", -1));
        assertThat(r.resolve(Map.of("headline", Side.MINE)).headline()).isEqualTo("Mine");
        ArticleContent theirs = r.resolve(Map.of("headline", Side.THEIRS));
        assertThat(theirs.headline()).isEqualTo("Theirs");
        // Whatever is chosen for the headline, the non-overlapping paragraph changes of both are kept.
        assertThat(theirs.paragraphs()).containsExactly("ONE", "two", "three", "FOUR");
        assertThatThrownBy(r::merged).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> r.resolve(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameParagraphChangedDifferentlyIsAConflictOfThatParagraphOnly() {
        Result r = ThreeWayMerge.merge(base, content("Headline", "Caption", List.of("one", "2 mine", "three", "four")),
                content("New headline", "Caption", List.of("one", "2 theirs", "three", "FOUR")));

        assertThat(r.conflicts()).containsExactly(
                new Conflict("paragraphs@1", "paragraphs", List.of(Paragraph.body("two")), List.of(Paragraph.body("2 mine")), List.of(Paragraph.body("2 theirs")), 1));
        ArticleContent mine = r.resolve(Map.of("paragraphs@1", Side.MINE));
        assertThat(mine.paragraphs()).containsExactly("one", "2 mine", "three", "FOUR");
        assertThat(mine.headline()).isEqualTo("New headline");
        assertThat(r.fromTheirs()).containsExactly("headline", "paragraphs");
    }

    @Test
    void twoInsertionsAtTheSamePlaceConflictButIdenticalChangesDoNot() {
        Result r = ThreeWayMerge.merge(base, content("Headline", "Caption", List.of("one", "mine", "two", "three", "four")),
                content("Headline", "Caption", List.of("one", "theirs", "two", "three", "four")));
        assertThat(r.conflicts()).extracting(Conflict::id).containsExactly("paragraphs@1");
        assertThat(r.resolve(Map.of("paragraphs@1", Side.THEIRS)).paragraphs()).containsExactly("one", "theirs", "two", "three", "four");

        ArticleContent same = content("Same", "Caption", List.of("one", "TWO", "three", "four"));
        Result both = ThreeWayMerge.merge(base, same, same);
        assertThat(both.clean()).isTrue();
        assertThat(both.merged().paragraphs()).isEqualTo(same.paragraphs());
        assertThat(both.fromTheirs()).isEmpty();
    }

    @Test
    void linesAreNeverMergedTheCurrentOnesStay() {
        ArticleContent mine = ArticleContent.of("news", null, "Mine", null, Byline.empty(), null, BODY, "Caption", false,
                List.of(new LineRef(1L, 1, 9)));
        ArticleContent theirs = ArticleContent.of("news", null, "Headline", null, Byline.empty(), null, BODY, "Caption", false,
                List.of(new LineRef(1L, 1, 12)));
        assertThat(ThreeWayMerge.merge(base, mine, theirs).merged().lines()).containsExactly(new LineRef(1L, 1, 12));
    }

    @Test
    void bylinesKindAndContinuedMergeAsFields() {
        ArticleContent mine = ArticleContent.of("brief", null, "Headline", null, new Byline(List.of("张三"), List.of(), List.of()),
                null, BODY, "Caption", false, List.of(new LineRef(1L, 1, 9)));
        ArticleContent theirs = ArticleContent.of("news", null, "Headline", null, Byline.empty(),
                null, BODY, "Caption", true, List.of(new LineRef(1L, 1, 9)));
        Result r = ThreeWayMerge.merge(base, mine, theirs);
        assertThat(r.merged().kind()).isEqualTo("brief");
        assertThat(r.merged().byline().reporters()).containsExactly("张三");
        assertThat(r.merged().continued()).isTrue();
        assertThat(r.fromTheirs()).containsExactly("continued");
    }
}
