package org.galley.article.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.article.LineRef;
import org.galley.article.Paragraph;
import org.galley.common.UserFacingException;
import org.junit.jupiter.api.Test;

class StructureTest {

    // Page 1: kicker, headline, byline, then two paragraphs of two lines each, a blank line between.
    private static final List<String> PAGE = List.of("引题文字", "大标题在此", "■记者 张三", "第一段前半", "第一段后半。", "", "第二段开始", "第二段结束。");
    private static final RawPages PAGES = id -> id == 1 ? PAGE : List.of("第三页一行。");

    private static ArticleContent article() {
        return ArticleContent.of("news", "引题文字", "大标题在此", null, new Byline(List.of("张三"), List.of(), List.of()), null,
                List.of("第一段前半第一段后半。", "第二段开始第二段结束。"), null, false, List.of(new LineRef(1, 1, 8)));
    }

    @Test
    void splitGivesEachPartTheLinesOfWhatItHoldsAndLeavesTheTitlesWithTheHeadline() {
        Structure.Pair parts = Structure.split(article(), 1, PAGES);
        assertThat(parts.first().headline()).isEqualTo("大标题在此");
        assertThat(parts.first().lines()).containsExactly(new LineRef(1, 1, 5));
        assertThat(parts.second().headline()).isNull();
        assertThat(parts.second().paragraphs()).containsExactly("第二段开始第二段结束。");
        assertThat(parts.second().lines()).containsExactly(new LineRef(1, 7, 8));
    }

    @Test
    void splitOutsideTheParagraphsIsRefused() {
        assertThatThrownBy(() -> Structure.split(article(), 2, PAGES)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void movedParagraphsTakeTheirLinesToTheTarget() {
        ArticleContent target = ArticleContent.of("news", null, "别的", null, Byline.empty(), null, List.of("第三页一行。"), null, false,
                List.of(new LineRef(2, 1, 1)));
        Structure.Pair moved = Structure.moveParagraphs(article(), target, List.of(0), PAGES);
        assertThat(moved.first().lines()).containsExactly(new LineRef(1, 1, 3), new LineRef(1, 7, 8));
        assertThat(moved.second().lines()).containsExactly(new LineRef(1, 4, 5), new LineRef(2, 1, 1));
        assertThat(moved.second().paragraphs()).containsExactly("第三页一行。", "第一段前半第一段后半。");
    }

    @Test
    void cuttingLinesTakesTheirTextOutAndKeepsEveryCharacterOnce() {
        Structure.Cut cut = Structure.cut(article(), List.of(new Line(1, 5), new Line(1, 7)), PAGES);
        assertThat(cut.remaining().paragraphs()).containsExactly("第一段前半", "第二段结束。");
        assertThat(cut.taken().paragraphs()).containsExactly("第一段后半。", "第二段开始");
        assertThat(cut.taken().lines()).containsExactly(new LineRef(1, 5, 5), new LineRef(1, 7, 7));
        assertThat(cut.remaining().lines()).containsExactly(new LineRef(1, 1, 4), new LineRef(1, 8, 8));
    }

    @Test
    void mergeKeepsTheSecondHeadlineAsACrossheadAndUnitesLinesOfBothPages() {
        ArticleContent other = ArticleContent.of("news", null, "第二篇标题", null, new Byline(List.of("李四"), List.of(), List.of()), null,
                List.of("第三页一行。"), null, false, List.of(new LineRef(2, 1, 1)));
        ArticleContent merged = Structure.merge(article(), other);
        assertThat(merged.headline()).isEqualTo("大标题在此");
        assertThat(merged.body()).extracting(Paragraph::role).containsExactly("body", "body", "crosshead", "body");
        assertThat(merged.body().get(2).text()).isEqualTo("第二篇标题");
        assertThat(merged.byline().reporters()).containsExactly("张三", "李四");
        assertThat(merged.lines()).containsExactly(new LineRef(1, 1, 8), new LineRef(2, 1, 1));
    }

    @Test
    void aLeftoverCaptionGoesToTheCaptionAndABlockBecomesAParagraph() {
        ArticleContent c = Structure.assign(article(), "caption", "图为现场\n照片", List.of(new Line(2, 1)));
        assertThat(c.caption()).isEqualTo("图为现场照片");
        assertThat(c.lines()).contains(new LineRef(2, 1, 1));
        ArticleContent b = Structure.assign(article(), "block", "Some words\nmore words", List.of(new Line(2, 1)));
        assertThat(b.paragraphs()).last().isEqualTo("Some words more words");
        assertThatThrownBy(() -> Structure.assign(article(), "byline", "没有人名的句子。", List.of()))
                .isInstanceOf(UserFacingException.class);
    }
}
